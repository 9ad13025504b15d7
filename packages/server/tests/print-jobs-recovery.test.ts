import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { openPgliteDatabase } from '../src/db/pglite-database';
import { dropPostgresSchema, openPostgresDatabase } from '../src/db/postgres-database';
import { createTestApp, createTestClock, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds, TEST_POSTGRES_URL, type DatabaseKind } from './support/test-database';
import {
  bitmapKey, buildAppOn, expectedBitmaps, expectSameLabels, holdBeforeLabel, labelDoc, PRINTER_ID, rowsOf, startTestPrinter, startTestWorker, waitForJob,
  type TestPrinter,
} from './print-jobs-harness';

const LEASE_MS = 30_000;

/** A database that outlives the app on it: a data directory (PGlite) or a schema (PostgreSQL). */
async function openLastingDatabase(kind: DatabaseKind): Promise<{ open(): Promise<Database>; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-print-restart-'));
    return { open: () => openPgliteDatabase(join(dir, 'db')), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_print_${randomBytes(5).toString('hex')}`;
  return { open: () => openPostgresDatabase(TEST_POSTGRES_URL, { schema }), drop: () => dropPostgresSchema(TEST_POSTGRES_URL, schema) };
}

describe.each(databaseKinds)('print jobs survive restarts and crashes on %s', (kind) => {
  let printer: TestPrinter;
  beforeAll(async () => {
    printer = await startTestPrinter();
  });
  afterAll(() => printer.close());

  it('prints jobs queued before a restart: queued with no worker, app and database closed, a new app on the same database prints them', async () => {
    const lasting = await openLastingDatabase(kind);
    const clock = createTestClock();
    const jobs = [rowsOf(3, 'Restart A'), rowsOf(1, 'Restart B'), rowsOf(2, 'Restart C')];
    try {
      const firstDb = await lasting.open();
      await migrate(firstDb);
      const first = await buildAppOn(firstDb, clock, [printer.configured]);
      const before = first.client();
      await before.signUp(`restart-${kind}@example.test`);
      const ids: string[] = [];
      for (const rows of jobs) ids.push((await before.post('/api/print-jobs', { document: labelDoc(), rows, printerId: PRINTER_ID })).body.job.id);
      await first.app.close();
      await firstDb.close();

      const secondDb = await lasting.open();
      expect(await migrate(secondDb)).toEqual([]);
      const second = await buildAppOn(secondDb, clock, [printer.configured]);
      const after = second.client();
      expect((await after.logIn(`restart-${kind}@example.test`)).status).toBe(200);
      expect((await after.get('/api/print-jobs')).body.jobs.map((j: { status: string }) => j.status)).toEqual(['queued', 'queued', 'queued']);
      const start = printer.labels.length;
      const worker = startTestWorker(secondDb, clock, { workerId: 'w-after-restart', printers: [printer.configured] });
      try {
        for (const id of ids) await waitForJob(after, id, 'done');
      } finally {
        await worker.stop();
        await second.app.close();
        await secondDb.close();
      }
      expectSameLabels(printer.labels.slice(start).map((l) => l.bitmap), jobs.flatMap((rows) => expectedBitmaps(labelDoc(), rows)));
    } finally {
      await lasting.drop();
    }
  });

  describe('with one app', () => {
    let t: TestApp;
    let n = 0;
    const signedIn = async (app: { client(): ApiClient } = t): Promise<ApiClient> => {
      const c = app.client();
      await c.signUp(`recovery${++n}-${kind}@example.test`);
      return c;
    };
    beforeAll(async () => {
      t = await createTestApp(kind, { limits: { signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 } }, printers: [printer.configured] });
    });
    afterAll(() => t.close());

    it('two workers on one database (two apps on one PostgreSQL schema) share 30 queued jobs and the printer gets each job\'s labels exactly once', async () => {
      // On PostgreSQL the second app and worker have their own connection pool, as a second server would.
      const secondDb = kind === 'postgres' ? await openPostgresDatabase(TEST_POSTGRES_URL, { schema: t.database.schema! }) : t.database.db;
      const second = await buildAppOn(secondDb, t.clock, [printer.configured]);
      try {
        const clients = [await signedIn(), await signedIn(second)];
        const expected = new Map<string, number>();
        const ids: { client: ApiClient; id: string }[] = [];
        for (let j = 0; j < 30; j++) {
          const rows = rowsOf(2, `Shared ${j}`);
          const client = clients[j % 2]!;
          ids.push({ client, id: (await client.post('/api/print-jobs', { document: labelDoc(), rows, printerId: PRINTER_ID })).body.job.id });
          for (const bitmap of expectedBitmaps(labelDoc(), rows)) expected.set(bitmapKey(bitmap), (expected.get(bitmapKey(bitmap)) ?? 0) + 1);
        }
        expect([...expected.values()].every((count) => count === 1)).toBe(true);
        const start = printer.labels.length;
        const workers = [startTestWorker(t.database.db, t.clock, { workerId: 'w-one', printers: [printer.configured] }), startTestWorker(secondDb, t.clock, { workerId: 'w-two', printers: [printer.configured] })];
        try {
          for (const { client, id } of ids) await waitForJob(client, id, 'done');
        } finally {
          await Promise.all(workers.map((w) => w.stop()));
        }
        const printed = new Map<string, number>();
        for (const { bitmap } of printer.labels.slice(start)) printed.set(bitmapKey(bitmap), (printed.get(bitmapKey(bitmap)) ?? 0) + 1);
        expect(printer.labels.length - start).toBe(60);
        expect(printed).toEqual(expected);
        const claims = await t.database.db.query<{ claimed_by: string; attempts: number }>('SELECT claimed_by, attempts FROM print_jobs WHERE id = ANY($1::uuid[])', [ids.map((i) => i.id)]);
        expect(claims.every((c) => ['w-one', 'w-two'].includes(c.claimed_by) && c.attempts === 1)).toBe(true);
      } finally {
        await second.app.close();
        if (secondDb !== t.database.db) await secondDb.close();
      }
    });

    it('takes over a job whose worker died mid-job once the lease expires, and completes it without reprinting confirmed labels', async () => {
      const c = await signedIn();
      const rows = rowsOf(20, 'Takeover');
      const id = (await c.post('/api/print-jobs', { document: labelDoc(), rows, printerId: PRINTER_ID })).body.job.id as string;
      const hold = holdBeforeLabel(8);
      const start = printer.labels.length;
      const dying = startTestWorker(t.database.db, t.clock, { workerId: 'w-dies', printers: [printer.configured], leaseMs: LEASE_MS, connect: hold.connect });
      await hold.reached;
      await dying.stop({ release: false }); // what a crash leaves: a claim nobody renews
      hold.open();
      const [orphan] = await t.database.db.query<{ status: string; claimed_by: string; sent_labels: number }>('SELECT status, claimed_by, sent_labels FROM print_jobs WHERE id = $1', [id]);
      expect(orphan).toEqual({ status: 'sending', claimed_by: 'w-dies', sent_labels: 7 });

      const heir = startTestWorker(t.database.db, t.clock, { workerId: 'w-heir', printers: [printer.configured], leaseMs: LEASE_MS });
      try {
        t.clock.advance(LEASE_MS + 1);
        const done = await waitForJob(c, id, 'done');
        expect(done).toMatchObject({ sentLabels: 20, attempts: 2 });
      } finally {
        await heir.stop();
      }
      const [row] = await t.database.db.query<{ claimed_by: string }>('SELECT claimed_by FROM print_jobs WHERE id = $1', [id]);
      expect(row!.claimed_by).toBe('w-heir');
      const printed = printer.labels.slice(start);
      const connections = [...new Set(printed.map((l) => l.connection))];
      expect(connections).toHaveLength(2);
      const all = expectedBitmaps(labelDoc(), rows);
      expectSameLabels(printer.labelsOf(connections[0]!), all.slice(0, 7));
      expectSameLabels(printer.labelsOf(connections[1]!), all.slice(7));
    });

    it('hands a job back when its server shuts down, so another server finishes it at once, without waiting for the lease', async () => {
      const c = await signedIn();
      const rows = rowsOf(12, 'Handover');
      const id = (await c.post('/api/print-jobs', { document: labelDoc(), rows, printerId: PRINTER_ID })).body.job.id as string;
      const hold = holdBeforeLabel(5);
      const start = printer.labels.length;
      const leaving = startTestWorker(t.database.db, t.clock, { workerId: 'w-leaves', printers: [printer.configured], connect: hold.connect });
      await hold.reached;
      const stopped = leaving.stop();
      hold.open(); // the label in flight is finished and confirmed before the worker lets go
      await stopped;
      const [handedBack] = await t.database.db.query<{ status: string; claimed_by: string | null; sent_labels: number; attempts: number }>('SELECT status, claimed_by, sent_labels, attempts FROM print_jobs WHERE id = $1', [id]);
      expect(handedBack).toEqual({ status: 'queued', claimed_by: null, sent_labels: 5, attempts: 0 });
      const next = startTestWorker(t.database.db, t.clock, { workerId: 'w-next', printers: [printer.configured] });
      try {
        expect(await waitForJob(c, id, 'done')).toMatchObject({ sentLabels: 12, attempts: 1 });
      } finally {
        await next.stop();
      }
      expectSameLabels(printer.labels.slice(start).map((l) => l.bitmap), expectedBitmaps(labelDoc(), rows));
    });
  });
});
