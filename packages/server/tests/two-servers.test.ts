import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, sendOverHttp } from './support/test-app';
import { createScratchDatabase, startServerProcess, type ServerProcess } from './support/server-process';
import { bitmapKey, expectedBitmaps, labelDoc, rowsOf, startTestPrinter, waitForJob, type TestPrinter } from './print-jobs-harness';

/**
 * Two server processes on one PostgreSQL database, started together (they race for the
 * migrations), and clients whose requests alternate between them: sessions, CSRF keys, rate
 * limits and lockouts live in the database, so either server can answer any request.
 */
describe('two server processes on one PostgreSQL', () => {
  let servers: ServerProcess[] = [];
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let printer: TestPrinter;
  const dataDir = mkdtempSync(join(tmpdir(), 'inkless-two-'));
  let turn = 0;
  const roundRobin = () => new ApiClient(sendOverHttp(() => servers[turn++ % servers.length]!.url));

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    printer = await startTestPrinter();
    const env = {
      DATABASE_URL: scratch.url, INKLESS_DATA_DIR: dataDir,
      INKLESS_PRINTERS: JSON.stringify([
        { id: 'twin', name: 'Twin printer', uri: 'tcp://127.0.0.1:9', profile: 'generic-tspl-203' },
        { id: 'virtual', name: 'Virtual printer', uri: printer.uri, profile: 'generic-tspl-203' },
      ]),
    };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await printer.close();
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('both migrate the same schema once and serve the API', async () => {
    expect(servers[0]!.url).not.toBe(servers[1]!.url);
    for (const s of servers) expect((await fetch(`${s.url}/api/openapi.json`)).status).toBe(200);
  });

  it('signs up on one server and is signed in on the other; a CSRF token from one works on the other', async () => {
    const c = roundRobin();
    const user = await c.signUp('both@example.test');
    for (let i = 0; i < 4; i++) expect((await c.get('/api/me')).body.user.id).toBe(user.id);
    for (let i = 0; i < 4; i++) expect((await c.patch('/api/me', { displayName: `Name ${i}` })).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    for (let i = 0; i < 2; i++) expect((await c.get('/api/me')).status).toBe(401);
    expect((await c.logIn('both@example.test')).status).toBe(200);
    expect((await c.get('/api/me')).body.user.displayName).toBe('Name 3');
  });

  it('counts wrong passwords across both servers: a parallel burst gets no more than the limit', async () => {
    await roundRobin().signUp('burst@example.test');
    const results = await Promise.all(Array.from({ length: 16 }, () => roundRobin().logIn('burst@example.test', 'wrong password guess')));
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(11);
  });

  it('keeps templates, versions, search, the gallery and print jobs consistent whichever server answers', async () => {
    const doc = { schemaVersion: 2, label: { widthMm: 50, heightMm: 30, dpi: 203 }, elements: [{ type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 10, text: 'both servers' }] };
    const owner = roundRobin();
    await owner.signUp('owner-two@example.test');
    const created = await owner.post('/api/templates', { name: 'Twin servers label', document: doc, tags: ['twin'] });
    expect(created.status).toBe(201);
    const id = created.body.template.id as string;
    // A save on one server makes the other server's copy of the version stale: exactly one of two wins.
    const saves = await Promise.all([owner.put(`/api/templates/${id}`, { version: 1, name: 'first' }), owner.put(`/api/templates/${id}`, { version: 1, name: 'second' })]);
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409]);
    for (let i = 0; i < 2; i++) expect((await owner.get(`/api/templates/${id}`)).body.template.version).toBe(2);
    expect((await owner.get(`/api/templates/${id}/versions`)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await owner.get('/api/search?q=twin')).raw).toContain(id);
    expect((await owner.post(`/api/templates/${id}/publish`, { visibility: 'public', license: 'CC0-1.0' })).status).toBe(200);
    const other = roundRobin();
    await other.signUp('other-two@example.test');
    for (let i = 0; i < 2; i++) expect((await other.get('/api/gallery?q=twin')).raw).toContain(id);
    expect((await other.post(`/api/gallery/${id}/fork`, {})).status).toBe(201);
    expect((await other.post(`/api/gallery/${id}/reviews`, { rating: 4, body: 'fine' })).status).toBeLessThan(300);
    const png = await other.post('/api/render', { templateId: id, format: 'png' });
    expect(png.status).toBe(200);
    const job = await owner.post('/api/print-jobs', { templateId: id, printerId: 'twin' });
    expect(job.status).toBe(201);
    for (let i = 0; i < 2; i++) expect((await owner.get(`/api/print-jobs/${job.body.job.id}`)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await other.get(`/api/print-jobs/${job.body.job.id}`)).status).toBe(404);
  });

  it('prints jobs queued on either server exactly once between the two print workers, one job after another on the printer', async () => {
    const users = [roundRobin(), roundRobin()];
    await users[0]!.signUp('printer-a@example.test');
    await users[1]!.signUp('printer-b@example.test');
    const expected = new Map<string, number>();
    const jobs: { c: ApiClient; id: string }[] = [];
    for (let j = 0; j < 12; j++) {
      const rows = rowsOf(2, `Twin ${j}`);
      const c = users[j % 2]!;
      const res = await c.post('/api/print-jobs', { document: labelDoc(), rows, printerId: 'virtual' });
      expect(res.status, res.raw).toBe(201);
      jobs.push({ c, id: res.body.job.id });
      for (const bitmap of expectedBitmaps(labelDoc(), rows)) expected.set(bitmapKey(bitmap), (expected.get(bitmapKey(bitmap)) ?? 0) + 1);
    }
    for (const { c, id } of jobs) await waitForJob(c, id, 'done');
    const printed = new Map<string, number>();
    for (const { bitmap } of printer.labels) printed.set(bitmapKey(bitmap), (printed.get(bitmapKey(bitmap)) ?? 0) + 1);
    expect(printed).toEqual(expected);
    const runs = printer.labels.map((l) => l.connection).filter((conn, k, all) => k === 0 || all[k - 1] !== conn);
    expect(new Set(runs).size).toBe(runs.length);
  });
});
