import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { minimalDocument, seedTemplate } from './support/seed-template';
import type { ConfiguredPrinter } from '../src/printing';
import { unreachableMessage } from '../src/printing/resolve-printer-address';
import {
  configurePrinter, expectedBitmaps, expectSameLabels, holdBeforeLabel, labelDoc, PRINTER_ID, PROFILE, rowsOf, startTestPrinter, startTestWorker, TEST_LIMITS, waitForJob, waitUntil,
  type TestPrinter,
} from './print-jobs-harness';

describe.each(databaseKinds)('print jobs on %s', (kind) => {
  let t: TestApp;
  let printer: TestPrinter;
  /** A configured printer whose port nothing listens on. */
  let offline: ConfiguredPrinter;
  let printers: ConfiguredPrinter[];
  let n = 0;
  const email = () => `printer${++n}-${kind}@example.test`;
  const signedIn = async (): Promise<{ c: ApiClient; id: string }> => {
    const c = t.client();
    const user = await c.signUp(email());
    return { c, id: user.id };
  };
  const job = (over: Record<string, unknown> = {}) => ({ document: labelDoc(), rows: rowsOf(3), printerId: PRINTER_ID, ...over });

  beforeAll(async () => {
    printer = await startTestPrinter();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    offline = configurePrinter({ id: 'offline', name: 'Offline printer', uri: `tcp://127.0.0.1:${port}` });
    printers = [printer.configured, offline];
    t = await createTestApp(kind, { limits: TEST_LIMITS, printers });
  });
  afterAll(async () => {
    await printer.close();
    await t.close();
  });

  it('prints a 20-row job as 20 labels whose bitmaps equal the engine\'s, moving queued -> sending -> done', async () => {
    const { c } = await signedIn();
    const rows = rowsOf(20, 'Twenty');
    const created = await c.post('/api/print-jobs', job({ rows }));
    expect(created.status).toBe(201);
    expect(created.body.job).toMatchObject({ status: 'queued', totalLabels: 20, sentLabels: 0, rows: 20, copies: 1, printerId: PRINTER_ID, printer: 'Test printer', profile: PROFILE, error: null, startedAt: null });
    const id = created.body.job.id as string;
    expect((await c.get(`/api/print-jobs/${id}`)).body.job.status).toBe('queued');

    const hold = holdBeforeLabel(5);
    const before = printer.labels.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-twenty', printers, connect: hold.connect });
    try {
      await hold.reached;
      const sending = (await c.get(`/api/print-jobs/${id}`)).body.job;
      expect(sending).toMatchObject({ status: 'sending', sentLabels: 4, attempts: 1 });
      expect(sending.startedAt).not.toBeNull();
      hold.open();
      const done = await waitForJob(c, id, 'done');
      expect(done).toMatchObject({ status: 'done', sentLabels: 20, totalLabels: 20, attempts: 1, error: null });
      expect(done.finishedAt).not.toBeNull();
    } finally {
      await worker.stop();
    }
    expectSameLabels(printer.labels.slice(before).map((l) => l.bitmap), expectedBitmaps(labelDoc(), rows));
    expect(printer.warnings).toEqual([]);
  });

  it('refuses a job that would not print before queueing it, naming the row and the field', async () => {
    const { c } = await signedIn();
    const rows = rowsOf(8, 'Bad');
    delete (rows[2] as Record<string, string>).code;
    rows[6]!.code = 'MUCH-TOO-LONG-FOR-ITS-BOX-'.repeat(4);
    const res = await c.post('/api/print-jobs', job({ rows }));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('INKLESS_PRINT_PREFLIGHT');
    expect(res.body.error.path).toBe('rows[2]');
    expect(res.body.error.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, path: 'document.elements[1].data', code: 'INKLESS_VAR_MISSING' }),
      expect.objectContaining({ row: 7, path: 'document.elements[1].data' }),
    ]));
    expect(res.body.error.message).toMatch(/2 of 8 row\(s\)/);

    const tooWide = await c.post('/api/print-jobs', job({ document: { ...labelDoc(), label: { widthMm: 120, heightMm: 15, dpi: 203 } } }));
    expect(tooWide.status).toBe(422);
    expect(tooWide.body.error).toMatchObject({ code: 'INKLESS_PRINT_PREFLIGHT', path: 'document.label.widthMm' });
    const wrongDpi = await c.post('/api/print-jobs', job({ profile: 'generic-tspl-300' }));
    expect(wrongDpi.body.error.issues).toEqual([expect.objectContaining({ code: 'INKLESS_PRINTER_DPI_MISMATCH', path: 'document.label.dpi' })]);
    const invalid = await c.post('/api/print-jobs', job({ document: { schemaVersion: 2, label: { widthMm: -1, heightMm: 10 }, elements: [] } }));
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toMatchObject({ code: 'INKLESS_TEMPLATE_INVALID', path: 'document.label.widthMm' });

    const otherLanguage = await c.post('/api/print-jobs', job({ profile: 'generic-escpos-58' }));
    expect(otherLanguage.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'profile' });
    expect(otherLanguage.body.error.message).toMatch(/speaks escpos, but printer "Test printer" speaks tspl/);
    const unknownPrinter = await c.post('/api/print-jobs', job({ printerId: 'nope' }));
    expect(unknownPrinter.status).toBe(400);
    expect(unknownPrinter.body.error).toMatchObject({ code: 'INKLESS_PRINT_PRINTER_UNKNOWN', path: 'printerId' });
    expect(unknownPrinter.body.error.message).toContain('GET /api/printers');
    const profile = await c.post('/api/print-jobs', job({ profile: 'zebra-gk420' }));
    expect(profile.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'profile' });
    expect(profile.body.error.message).toContain('zebra-gk420d');
    expect((await c.post('/api/print-jobs', job({ templateId: '7d5e1a8c-0000-4000-8000-000000000000' }))).body.error.path).toBe('templateId');
    expect((await c.post('/api/print-jobs', job({ priority: 'high' }))).body.error.message).toContain('priority');
    const tooMany = await c.post('/api/print-jobs', job({ rows: Array.from({ length: 10_001 }, () => ({ name: 'x', code: '1' })) }));
    expect(tooMany.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'rows' });
    expect((await c.post('/api/print-jobs', job({ rows: [] }))).body.error.path).toBe('rows');
    expect((await c.post('/api/print-jobs', job({ copies: 0 }))).body.error.path).toBe('copies');
    expect((await c.get('/api/print-jobs')).body.jobs).toEqual([]);
    expect((await t.client().post('/api/print-jobs', job())).status).toBe(401);
  });

  it('asks for sign-in on every print-job route and describes them in the API document as user routes', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const anonymous = t.client();
    for (const [method, url] of [['GET', '/api/printers'], ['GET', '/api/print-jobs'], ['POST', '/api/print-jobs'], ['GET', `/api/print-jobs/${id}`], ['POST', `/api/print-jobs/${id}/cancel`], ['POST', `/api/print-jobs/${id}/reprint`]] as const) {
      const res = await anonymous.request(method, url, method === 'POST' ? job() : undefined);
      expect(res.status, `${method} ${url}`).toBe(401);
      expect(res.body.error.code).toBe('INKLESS_API_UNAUTHENTICATED');
    }
    const doc = (await anonymous.get('/api/openapi.json')).body;
    for (const [path, method] of [['/api/print-jobs', 'get'], ['/api/print-jobs', 'post'], ['/api/print-jobs/{id}', 'get'], ['/api/print-jobs/{id}/cancel', 'post'], ['/api/print-jobs/{id}/reprint', 'post']] as const) {
      expect(doc.paths[path][method]['x-access'], `${method} ${path}`).toBe('user');
    }
    expect(Object.keys(doc.paths['/api/print-jobs'].post.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['document', 'templateId', 'rows', 'copies', 'printerId', 'profile']));
    expect(doc.paths['/api/printers'].get['x-access']).toBe('user');
  });

  it('prints the user\'s own template and a public gallery one, but not another user\'s private template', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const own = await seedTemplate(t.database.db, { ownerId: a.id, name: 'Own label' });
    const shared = await seedTemplate(t.database.db, { ownerId: b.id, name: 'Gallery label', visibility: 'public' });
    const hidden = await seedTemplate(t.database.db, { ownerId: b.id, name: 'Private label' });
    const byTemplate = (templateId: string) => a.c.post('/api/print-jobs', { templateId, printerId: PRINTER_ID, copies: 2 });
    const ownJob = await byTemplate(own);
    expect(ownJob.status).toBe(201);
    expect(ownJob.body.job).toMatchObject({ templateId: own, totalLabels: 2, rows: 0 });
    expect((await byTemplate(shared)).status).toBe(201);
    const refused = await byTemplate(hidden);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('INKLESS_API_NOT_FOUND');
    expect(await byTemplate('00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, body: refused.body });
    const both = await a.c.post('/api/print-jobs', { templateId: own, document: labelDoc(), printerId: PRINTER_ID });
    expect(both.body.error.code).toBe('INKLESS_API_BAD_REQUEST');

    const before = printer.labels.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-templates', printers });
    try {
      for (const { id } of (await a.c.get('/api/print-jobs')).body.jobs) await waitForJob(a.c, id, 'done');
    } finally {
      await worker.stop();
    }
    const templateLabels = (name: string) => expectedBitmaps(minimalDocument(name, 50, 30), [], 2);
    expectSameLabels(printer.labels.slice(before).map((l) => l.bitmap), [...templateLabels('Own label'), ...templateLabels('Gallery label')]);
  });

  it('shows a user only their own jobs: another user gets 404 for reading, canceling and reprinting them', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const id = (await a.c.post('/api/print-jobs', job())).body.job.id as string;
    for (const res of [await b.c.get(`/api/print-jobs/${id}`), await b.c.post(`/api/print-jobs/${id}/cancel`), await b.c.post(`/api/print-jobs/${id}/reprint`)]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('INKLESS_API_NOT_FOUND');
    }
    expect((await b.c.get('/api/print-jobs')).body.jobs).toEqual([]);
    expect((await b.c.get('/api/print-jobs/not-a-uuid')).status).toBe(404);
    expect((await a.c.get('/api/print-jobs')).body.jobs.map((j: { id: string }) => j.id)).toEqual([id]);
    const canceled = await a.c.post(`/api/print-jobs/${id}/cancel`);
    expect(canceled.status).toBe(200);
    expect(canceled.body.job).toMatchObject({ status: 'canceled', sentLabels: 0 });
    expect((await a.c.post(`/api/print-jobs/${id}/cancel`)).body.error.code).toBe('INKLESS_API_CONFLICT');
    expect((await b.c.get(`/api/print-jobs/${id}`)).status).toBe(404);
  });

  it('lists history newest first with status, counts, printer and times, pages it, and reprints a job from its stored document and rows', async () => {
    const { c } = await signedIn();
    const rows = rowsOf(2, 'History');
    const first = (await c.post('/api/print-jobs', job({ rows, copies: 2 }))).body.job;
    t.clock.advance(1000);
    const second = (await c.post('/api/print-jobs', job({ rows: rowsOf(1, 'Later') }))).body.job;
    const before = printer.labels.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-history', printers });
    try {
      await waitForJob(c, first.id, 'done');
      await waitForJob(c, second.id, 'done');
      const list = (await c.get('/api/print-jobs')).body;
      expect(list.jobs.map((j: { id: string }) => j.id)).toEqual([second.id, first.id]);
      expect(list.jobs[1]).toMatchObject({ status: 'done', rows: 2, copies: 2, totalLabels: 4, sentLabels: 4, printerId: PRINTER_ID, printer: 'Test printer', profile: PROFILE, createdAt: first.createdAt });
      expect(Date.parse(list.jobs[0].createdAt)).toBe(Date.parse(first.createdAt) + 1000);
      expect(list.next).toBeNull();
      const page = (await c.get('/api/print-jobs?limit=1')).body;
      expect(page.jobs.map((j: { id: string }) => j.id)).toEqual([second.id]);
      expect((await c.get(`/api/print-jobs?limit=1&before=${page.next}`)).body.jobs.map((j: { id: string }) => j.id)).toEqual([first.id]);

      // The template or document may have changed since: a reprint prints what was printed then.
      const again = await c.post(`/api/print-jobs/${first.id}/reprint`);
      expect(again.status).toBe(201);
      expect(again.body.job).toMatchObject({ status: 'queued', reprintOf: first.id, rows: 2, copies: 2, totalLabels: 4 });
      expect(again.body.job.id).not.toBe(first.id);
      await waitForJob(c, again.body.job.id, 'done');
      const reprintedOnce = await c.post(`/api/print-jobs/${first.id}/reprint`, { copies: 1 });
      expect(reprintedOnce.body.job).toMatchObject({ totalLabels: 2, reprintOf: first.id });
      await waitForJob(c, reprintedOnce.body.job.id, 'done');
    } finally {
      await worker.stop();
    }
    const firstLabels = expectedBitmaps(labelDoc(), rows, 2);
    const once = expectedBitmaps(labelDoc(), rows, 1);
    expectSameLabels(printer.labels.slice(before).map((l) => l.bitmap), [...firstLabels, ...expectedBitmaps(labelDoc(), rowsOf(1, 'Later')), ...firstLabels, ...once]);
  });

  it('fails a job whose printer cannot be reached after its bounded retries, saying so without the address or why the connection failed', async () => {
    const { c } = await signedIn();
    const id = (await c.post('/api/print-jobs', job({ printerId: offline.id }))).body.job.id as string;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-unreachable', printers, maxAttempts: 2, retryDelayMs: 60_000 });
    try {
      // The first try fails; the job waits in the queue for its retry, saying why.
      let waiting: { status: string; attempts: number; retryAt: string | null; error: { code: string } | null } | undefined;
      await waitUntil('the first try to fail', async () => {
        waiting = (await c.get(`/api/print-jobs/${id}`)).body.job;
        return waiting?.attempts === 1 && waiting.status === 'queued';
      });
      expect(waiting).toMatchObject({ retryAt: new Date(t.clock.now().getTime() + 60_000).toISOString(), error: { code: 'INKLESS_PRINTER_UNREACHABLE' } });
      t.clock.advance(60_000);
      const failed = await waitForJob(c, id, 'failed');
      expect(failed).toMatchObject({ status: 'failed', attempts: 2, sentLabels: 0, error: { code: 'INKLESS_PRINTER_UNREACHABLE' } });
      expect(failed.error.message).toBe(`${unreachableMessage(offline)} (tried 2 times)`);
      expect(failed.error.message).not.toMatch(/refused|127\.0\.0\.1|\d{4,5}/);
      expect(failed.finishedAt).not.toBeNull();
    } finally {
      await worker.stop();
    }
  });

  it('stops a job canceled while it is being sent, before its next label', async () => {
    const { c } = await signedIn();
    const id = (await c.post('/api/print-jobs', job({ rows: rowsOf(20, 'Cancel') }))).body.job.id as string;
    const hold = holdBeforeLabel(4);
    const before = printer.labels.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-cancel', printers, connect: hold.connect });
    try {
      await hold.reached;
      const canceled = await c.post(`/api/print-jobs/${id}/cancel`);
      expect(canceled.body.job).toMatchObject({ status: 'canceled', sentLabels: 3 });
      hold.open();
      // The worker takes one job at a time: once the next job is done, it is finished with the canceled one.
      const next = (await c.post('/api/print-jobs', job({ rows: rowsOf(1, 'After') }))).body.job.id as string;
      await waitForJob(c, next, 'done');
    } finally {
      await worker.stop();
    }
    const stopped = (await c.get(`/api/print-jobs/${id}`)).body.job;
    expect(stopped).toMatchObject({ status: 'canceled' });
    expect(stopped.sentLabels).toBeLessThanOrEqual(4);
    const printed = printer.labels.slice(before);
    const canceledJobLabels = printed.filter((l) => l.connection === printed[0]!.connection).map((l) => l.bitmap);
    expect(canceledJobLabels.length).toBeLessThanOrEqual(4);
    expectSameLabels(canceledJobLabels, expectedBitmaps(labelDoc(), rowsOf(20, 'Cancel')).slice(0, canceledJobLabels.length));
  });
});
