import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ACTIVE_JOBS_PER_USER, MAX_JOB_CELLS } from '../src/printing/print-queue-limits';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { configurePrinter, labelDoc, PRINTER_ID, rowsOf, TEST_LIMITS } from './print-jobs-harness';

/** No worker runs here: jobs stay queued, which is what the limits are about. */
const PRINTER = configurePrinter({ id: PRINTER_ID, uri: 'tcp://127.0.0.1:9' });

describe.each(databaseKinds)('print job limits (%s)', (kind) => {
  let t: TestApp;
  let n = 0;
  const signedIn = async (): Promise<ApiClient> => {
    const c = t.client();
    await c.signUp(`limits${++n}-${kind}@example.test`);
    return c;
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: TEST_LIMITS, printers: [PRINTER] });
  });
  afterAll(() => t.close());

  it(`refuses a user's job beyond ${MAX_ACTIVE_JOBS_PER_USER} queued or printing with 429 and a code, counts reprints, and takes jobs again once one ends; other users are not affected`, async () => {
    const a = await signedIn();
    const job = { document: labelDoc(), rows: rowsOf(1), printerId: PRINTER_ID };
    // Sent all at once: the count and the insert are one step per user, so exactly the limit gets in.
    const sent = await Promise.all(Array.from({ length: MAX_ACTIVE_JOBS_PER_USER + 3 }, () => a.post('/api/print-jobs', job)));
    expect(sent.filter((r) => r.status === 201)).toHaveLength(MAX_ACTIVE_JOBS_PER_USER);
    const refused = sent.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(3);
    for (const res of refused) {
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('INKLESS_PRINT_QUEUE_FULL');
      expect(res.body.error.message).toMatch(new RegExp(`you have ${MAX_ACTIVE_JOBS_PER_USER} print jobs queued or printing`));
      expect(res.headers['retry-after']).toBe('30');
    }
    const first = sent.find((r) => r.status === 201)!.body.job.id as string;
    expect((await a.post(`/api/print-jobs/${first}/reprint`)).body.error.code).toBe('INKLESS_PRINT_QUEUE_FULL');
    const b = await signedIn();
    expect((await b.post('/api/print-jobs', job)).status).toBe(201);
    expect((await a.post(`/api/print-jobs/${first}/cancel`)).status).toBe(200);
    expect((await a.post(`/api/print-jobs/${first}/reprint`)).status).toBe(201);
    expect((await a.post('/api/print-jobs', job)).status).toBe(429);
  });

  it('refuses a job of a million cells with 400 naming the limit, counted before any cell is checked (a bad cell in row 1 is not what it reports)', async () => {
    const c = await signedIn();
    const wide: Record<string, string> = { name: 'x', code: '1234567890' };
    for (let i = 0; i < 98; i++) wide[`column${i}`] = 'v';
    // Checked cell by cell first, the answer would be rows[0].code (a number, not text), after looking at a million cells.
    const rows: unknown[] = [{ ...wide, code: 1234567890 }, ...Array.from({ length: 9_999 }, () => wide)];
    const res = await c.post('/api/print-jobs', { document: labelDoc(), rows, printerId: PRINTER_ID });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'INKLESS_API_BAD_REQUEST', path: 'rows', message: `rows: a job has at most ${MAX_JOB_CELLS} cells (rows x columns); this one has 1000000: split the rows into several jobs` });

    const oneRow: Record<string, unknown> = { name: 7 };
    for (let i = 0; i < 1_000_000; i++) oneRow[`c${i}`] = '';
    const tall = await c.post('/api/print-jobs', { document: labelDoc(), rows: [{ name: 'a', code: 1 }, oneRow], printerId: PRINTER_ID });
    expect(tall.status).toBe(400);
    expect(tall.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'rows[1]', message: 'rows[1]: a row has at most 200 columns; this one has 1000001' });
    expect((await c.get('/api/print-jobs')).body.jobs).toEqual([]);
  });
});
