import type { Transport } from '@inkless/printers';
import { TcpTransport } from '@inkless/printers/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { openPostgresDatabase } from '../src/db/postgres-database';
import type { ConfiguredPrinter } from '../src/printing';
import { claimNextJob } from '../src/printing/print-job-claims';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds, TEST_POSTGRES_URL } from './support/test-database';
import {
  bitmapKey, configurePrinter, expectedBitmaps, labelDoc, rowsOf, startTestPrinter, startTestWorker, TEST_LIMITS, waitForJob, waitUntil, type TestPrinter,
} from './print-jobs-harness';

/** Connections to `port` write nothing until `open()`; other printers are not held. */
function holdPrinter(port: number): { connect: (address: string, port: number) => Transport; reached: Promise<void>; open(): void } {
  let reachedResolve: () => void = () => undefined;
  let openResolve: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (reachedResolve = resolve));
  const opened = new Promise<void>((resolve) => (openResolve = resolve));
  const connect = (address: string, to: number): Transport => {
    const inner = new TcpTransport(address, to);
    if (to !== port) return inner;
    return {
      description: inner.description,
      open: () => inner.open(),
      close: () => inner.close(),
      query: (request, options) => inner.query(request, options),
      write: async (bytes) => {
        reachedResolve();
        await opened;
        return inner.write(bytes);
      },
    };
  };
  return { connect, reached, open: () => openResolve() };
}

/** Issue 12, point 10: one user's backlog must not starve another's job; printers run side by side, one job each. */
describe.each(databaseKinds)('print queue fairness and concurrency (%s)', (kind) => {
  let t: TestApp;
  const printers: TestPrinter[] = [];
  let configured: ConfiguredPrinter[];
  let n = 0;
  const signedIn = async (): Promise<ApiClient> => {
    const c = t.client();
    await c.signUp(`fair${++n}-${kind}@example.test`);
    return c;
  };
  const queue = async (c: ApiClient, printerId: string, rows: Record<string, string>[]): Promise<string> => {
    const res = await c.post('/api/print-jobs', { document: labelDoc(), rows, printerId });
    expect(res.status, res.raw).toBe(201);
    return res.body.job.id as string;
  };

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) printers.push(await startTestPrinter());
    configured = printers.map((p, i) => configurePrinter({ id: `line-${i + 1}`, name: `Line ${i + 1}`, uri: p.uri }));
    t = await createTestApp(kind, { limits: TEST_LIMITS, printers: configured });
  });
  afterAll(async () => {
    await t.close();
    await Promise.all(printers.map((p) => p.close()));
  });

  it('takes turns between users on a printer: user B\'s one job prints second, not after user A\'s 15 queued before it', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const aJobs: string[] = [];
    for (let j = 0; j < 15; j++) aJobs.push(await queue(a, 'line-1', rowsOf(1, `A ${j}`)));
    t.clock.advance(1000);
    const bJob = await queue(b, 'line-1', rowsOf(1, 'B only'));
    const printer = printers[0]!;
    const start = printer.labels.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-fair', printers: configured });
    try {
      await waitForJob(b, bJob, 'done');
      for (const id of aJobs) await waitForJob(a, id, 'done');
    } finally {
      await worker.stop();
    }
    const owner = new Map<string, string>();
    for (let j = 0; j < 15; j++) owner.set(bitmapKey(expectedBitmaps(labelDoc(), rowsOf(1, `A ${j}`))[0]!), `A${j}`);
    owner.set(bitmapKey(expectedBitmaps(labelDoc(), rowsOf(1, 'B only'))[0]!), 'B');
    const order = printer.labels.slice(start).map((l) => owner.get(bitmapKey(l.bitmap)));
    // B's one job goes second; every label prints once; A's jobs keep their order among themselves,
    // except a job that had to be tried again (a slow machine can time a status reply out), which
    // rightly waits for its retry time while the next job prints.
    expect(order.slice(0, 2)).toEqual(['A0', 'B']);
    expect([...order].sort()).toEqual(['B', ...Array.from({ length: 15 }, (_, j) => `A${j}`)].sort());
    const attempts = await t.database.db.query<{ id: string; attempts: number }>('SELECT id, attempts FROM print_jobs WHERE id = ANY($1::uuid[])', [aJobs]);
    const retried = new Set(attempts.filter((row) => row.attempts > 1).map((row) => `A${aJobs.indexOf(row.id)}`));
    const firstTries = order.filter((who) => who !== 'B' && !retried.has(who!));
    expect(firstTries).toEqual(Array.from({ length: 15 }, (_, j) => `A${j}`).filter((who) => !retried.has(who)));
  });

  it('sends to several printers at once but never two jobs to one printer: a job held on line 1 keeps the next job for line 1 queued while line 2 prints', async () => {
    const c = await signedIn();
    const held = await queue(c, 'line-1', rowsOf(3, 'Held'));
    const waiting = await queue(c, 'line-1', rowsOf(1, 'Waits'));
    const other = await queue(c, 'line-2', rowsOf(2, 'Other line'));
    const hold = holdPrinter(printers[0]!.printer.port);
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-lines', printers: configured, connect: hold.connect });
    try {
      await hold.reached;
      await waitForJob(c, other, 'done');
      expect((await c.get(`/api/print-jobs/${held}`)).body.job.status).toBe('sending');
      expect((await c.get(`/api/print-jobs/${waiting}`)).body.job.status).toBe('queued');
      hold.open();
      await waitForJob(c, held, 'done');
      await waitForJob(c, waiting, 'done');
    } finally {
      await worker.stop();
    }
  });

  it('two servers with several slots each print 30 jobs of 3 users on 3 printers: every label once, and on each printer one job after another', async () => {
    // On PostgreSQL the second worker has its own connection pool, as a second server would.
    const secondDb: Database = kind === 'postgres' ? await openPostgresDatabase(TEST_POSTGRES_URL, { schema: t.database.schema! }) : t.database.db;
    try {
      const users = [await signedIn(), await signedIn(), await signedIn()];
      const expected = new Map<string, number>();
      const jobs: { c: ApiClient; id: string }[] = [];
      for (let j = 0; j < 30; j++) {
        const rows = rowsOf(2, `Shared ${j}`);
        const c = users[j % 3]!;
        jobs.push({ c, id: await queue(c, `line-${(j % 4 === 3 ? 0 : j % 3) + 1}`, rows) });
        for (const bitmap of expectedBitmaps(labelDoc(), rows)) expected.set(bitmapKey(bitmap), (expected.get(bitmapKey(bitmap)) ?? 0) + 1);
      }
      const starts = printers.map((p) => p.labels.length);
      const workers = [
        startTestWorker(t.database.db, t.clock, { workerId: 'w-one', printers: configured, concurrency: 3 }),
        startTestWorker(secondDb, t.clock, { workerId: 'w-two', printers: configured, concurrency: 3 }),
      ];
      try {
        for (const { c, id } of jobs) await waitForJob(c, id, 'done');
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
      }
      const printed = new Map<string, number>();
      printers.forEach((p, i) => {
        const labels = p.labels.slice(starts[i]);
        for (const { bitmap } of labels) printed.set(bitmapKey(bitmap), (printed.get(bitmapKey(bitmap)) ?? 0) + 1);
        // One job at a time per printer: each connection's labels arrive together, never interleaved with another's.
        const runs = labels.map((l) => l.connection).filter((conn, k, all) => k === 0 || all[k - 1] !== conn);
        expect(new Set(runs).size, `line ${i + 1}`).toBe(runs.length);
      });
      expect(printed).toEqual(expected);
      const claims = await t.database.db.query<{ claimed_by: string; attempts: number }>('SELECT claimed_by, attempts FROM print_jobs WHERE id = ANY($1::uuid[])', [jobs.map((j) => j.id)]);
      expect(claims.every((row) => row.attempts === 1)).toBe(true);
      if (kind === 'postgres') expect(new Set(claims.map((row) => row.claimed_by))).toEqual(new Set(['w-one', 'w-two']));
    } finally {
      if (secondDb !== t.database.db) await secondDb.close();
    }
  });

  // Two servers claiming at the same moment: one has the printer's first job locked, mid-claim. The
  // other must not take the printer's second job (it used to, and the printer then printed job 2 first).
  it.runIf(kind === 'postgres')('a server never claims a printer\'s second job while another server is claiming its first', async () => {
    const c = await signedIn();
    const first = await queue(c, 'line-2', rowsOf(1, 'Head'));
    const second = await queue(c, 'line-2', rowsOf(1, 'Behind'));
    const claimedMeanwhile = await t.database.db.transaction(async (tx) => {
      await tx.query('SELECT id FROM print_jobs WHERE id = $1 FOR UPDATE', [first]);
      return claimNextJob(t.database.db, 'w-race', t.clock.now(), 30_000);
    });
    expect(claimedMeanwhile?.id).toBeUndefined();
    expect((await claimNextJob(t.database.db, 'w-race', t.clock.now(), 30_000))?.id).toBe(first);
    await t.database.db.query("UPDATE print_jobs SET status = 'canceled', claimed_by = NULL, claimed_until = NULL WHERE id = ANY($1::uuid[])", [[first, second]]);
  });

  it('a job taken over after its server died keeps its printer: other jobs for that printer wait for it', async () => {
    const c = await signedIn();
    const first = await queue(c, 'line-3', rowsOf(4, 'Orphan'));
    const second = await queue(c, 'line-3', rowsOf(1, 'After orphan'));
    const hold = holdPrinter(printers[2]!.printer.port);
    const dying = startTestWorker(t.database.db, t.clock, { workerId: 'w-dying', printers: configured, connect: hold.connect });
    await hold.reached;
    await dying.stop({ release: false });
    hold.open();
    const heir = startTestWorker(t.database.db, t.clock, { workerId: 'w-heir-3', printers: configured });
    try {
      // The lease has not expired: the printer is still the dead server's, so nothing else starts on it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await c.get(`/api/print-jobs/${second}`)).body.job.status).toBe('queued');
      t.clock.advance(30_001);
      await waitForJob(c, first, 'done');
      await waitForJob(c, second, 'done');
      const [row] = await t.database.db.query<{ claim_seq: string }>('SELECT claim_seq FROM print_jobs WHERE id = $1', [first]);
      const [after] = await t.database.db.query<{ claim_seq: string }>('SELECT claim_seq FROM print_jobs WHERE id = $1', [second]);
      expect(BigInt(row!.claim_seq)).toBeLessThan(BigInt(after!.claim_seq));
    } finally {
      await heir.stop();
    }
    await waitUntil('nothing sending', async () => (await t.database.db.query("SELECT 1 FROM print_jobs WHERE status = 'sending'")).length === 0);
  });
});
