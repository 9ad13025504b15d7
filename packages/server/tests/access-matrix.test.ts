import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteRecord } from '../src/http/route';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { configurePrinter } from './print-jobs-harness';

/** A configured printer nothing is sent to here (no worker runs): jobs only need to exist. */
const PRINTER = configurePrinter({ id: 'matrix-printer', uri: 'tcp://127.0.0.1:9' });

/** A small valid label: one text line. */
const DOCUMENT = { schemaVersion: 2, label: { widthMm: 50, heightMm: 30, dpi: 203 }, elements: [{ type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 10, text: 'zz-private-canary' }] };
/** A name no other template has: if it shows up anywhere B can see, A's template leaked. */
const CANARY = 'zzprivatecanary';

/**
 * A body each id-taking route accepts when the caller may use it, so B's attempt reaches the
 * access check (a 400 for a bad body would prove nothing). A route with a body schema and no
 * entry here fails the test: new routes must join the matrix.
 */
const SAMPLE_BODIES: Readonly<Record<string, unknown>> = {
  'POST /api/templates/:id/publish': { visibility: 'public', license: 'CC0-1.0' },
  'POST /api/gallery/:id/reviews': { rating: 1, body: 'written by B' },
  'POST /api/gallery/:id/fork': { name: 'stolen' },
  'POST /api/gallery/:id/report': { reason: 'B reports it' },
  'POST /api/gallery/:id/ip-complaint': { claimant: 'B', contactEmail: 'b@example.test', work: 'a work', reason: 'B claims it' },
  'POST /api/templates/:id/ip-response': { response: 'B answers' },
  'POST /api/moderation/reports/:id/resolve': { decision: 'upheld', note: 'B' },
  'POST /api/print-jobs/:id/reprint': {},
  'PUT /api/templates/:id': { version: 1, name: 'changed by B' },
  'POST /api/templates/:id/duplicate': { name: 'copy by B' },
  'POST /api/templates/:id/versions/:version/restore': {},
  'POST /api/legal-requests/:id/reject': { reason: 'B' },
};

describe.each(databaseKinds)('user B and user A\'s private things, every route of the table (%s)', (kind) => {
  let t: TestApp;
  let a: ApiClient;
  let b: ApiClient;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(kind, { printers: [PRINTER] });
    a = t.client();
    await a.signUp(`owner-a-${kind}@example.test`);
    const created = await a.post('/api/templates', { name: `Private ${CANARY}`, description: CANARY, document: DOCUMENT, tags: [CANARY] });
    expect(created.status).toBe(201);
    ids.template = created.body.template?.id ?? created.body.id;
    expect((await a.put(`/api/templates/${ids.template}`, { version: 1, name: `Private ${CANARY} v2` })).status).toBe(200);
    const job = await a.post('/api/print-jobs', { templateId: ids.template, printerId: PRINTER.id });
    expect(job.status).toBe(201);
    ids.job = job.body.job.id;
    ids.session = (await a.get('/api/me/sessions')).body.sessions[0].id;
    b = t.client();
    await b.signUp(`other-b-${kind}@example.test`);
  });
  afterAll(() => t.close());

  /** Which of A's things a route's :id names. */
  const idFor = (route: RouteRecord): string | undefined => {
    if (route.url.startsWith('/api/templates/:id') || route.url.startsWith('/api/gallery/:id') || route.url.startsWith('/api/moderation/templates/:id')) return ids.template;
    if (route.url.startsWith('/api/print-jobs/:id')) return ids.job;
    if (route.url.startsWith('/api/me/sessions/:id')) return ids.session;
    return undefined;
  };

  it('answers B 404 (403 on staff routes) on every route that takes an id of A\'s, and nothing of A\'s changes', async () => {
    const routes = await routeTable(t);
    const withId = routes.filter((r) => r.url.includes('/:id'));
    expect(withId.length).toBeGreaterThan(20);
    const outcomes: string[] = [];
    for (const route of withId) {
      const key = `${route.method} ${route.url}`;
      if (route.body && !(key in SAMPLE_BODIES)) throw new Error(`${key} takes a body: add a sample to SAMPLE_BODIES so it is checked`);
      const id = idFor(route) ?? '00000000-0000-4000-8000-000000000000';
      const url = route.url.replace(':id', id).replace(':version', '1');
      const res = await b.request(route.method, url, route.body ? SAMPLE_BODIES[key] : route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      const expected = route.access === 'staff' ? 403 : 404;
      if (res.status !== expected) outcomes.push(`${key}: ${res.status} ${res.raw.slice(0, 120)}`);
      expect(res.raw).not.toContain(CANARY);
    }
    expect(outcomes).toEqual([]);
    const mine = await a.get(`/api/templates/${ids.template}`);
    expect(mine.body.template?.version ?? mine.body.version).toBe(2);
    expect(JSON.stringify(mine.body)).toContain(`Private ${CANARY} v2`);
    expect((await a.get(`/api/print-jobs/${ids.job}`)).body.job.status).not.toBe('canceled');
    expect((await a.get('/api/me/sessions')).body.sessions).toHaveLength(1);
    expect((await a.get('/api/print-jobs')).body.jobs).toHaveLength(1);
  });

  it('never lists or finds A\'s private template or job for B or for a visitor', async () => {
    const visitor = t.client();
    for (const [who, client] of [['B', b], ['visitor', visitor]] as const) {
      for (const url of [`/api/search?q=${CANARY}`, `/api/search?q=${CANARY}&scope=gallery`, `/api/search?q=${CANARY}&scope=all`, `/api/gallery?q=${CANARY}`, '/api/gallery', '/api/templates', '/api/print-jobs', '/api/templates/export', '/api/templates/folders']) {
        const res = await client.get(url);
        expect(res.raw, `${who} ${url}`).not.toContain(CANARY);
        expect(res.raw, `${who} ${url}`).not.toContain(ids.template);
        expect(res.raw, `${who} ${url}`).not.toContain(ids.job);
      }
    }
    // A does find it: the searches above could have found it.
    expect((await a.get(`/api/search?q=${CANARY}`)).raw).toContain(ids.template);
  });

  it('refuses to print or render A\'s private template for B', async () => {
    const print = await b.post('/api/print-jobs', { templateId: ids.template, printerId: PRINTER.id });
    expect(print.status).toBe(404);
    const render = await b.post('/api/render', { templateId: ids.template, format: 'png' });
    expect(render.status).toBe(404);
  });

  it('lets a visitor import a file (public, like render) but print one only when signed in', async () => {
    const visitor = t.client();
    const zpl = { name: 'a.zpl', base64: Buffer.from('^XA^FO20,20^A0N,30^FDzz^FS^XZ').toString('base64') };
    const imported = await visitor.post('/api/import', { file: zpl });
    expect(imported.status).toBe(200);
    expect(imported.raw).not.toContain(CANARY);
    const printed = await visitor.post('/api/print-jobs', { file: zpl, printerId: PRINTER.id });
    expect(printed.status).toBe(401);
    const routes = await routeTable(t);
    expect(routes.find((r) => r.method === 'POST' && r.url === '/api/import')?.access).toBe('public');
  });
});

/** The route table as the app recorded it (what the OpenAPI document is built from). */
async function routeTable(t: TestApp): Promise<RouteRecord[]> {
  const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as { paths: Record<string, Record<string, { 'x-access': RouteRecord['access']; 'x-csrf-exempt'?: boolean; requestBody?: unknown }>> };
  const routes: RouteRecord[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      routes.push({ method: method.toUpperCase(), url: path.replace(/\{(\w+)\}/g, ':$1'), summary: '', tag: '', access: op['x-access'], csrfExempt: op['x-csrf-exempt'] === true, ...(op.requestBody ? { body: {} as never } : {}) });
    }
  }
  return routes;
}
