import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allowedHostNames, describeLoopbackOnlyListener, hostNamesForListener } from '../src/http/host-check';
import { readServerConfig } from '../src/config';
import { JsonParsePool } from '../src/http/json-parse-pool';
import { createHardeningApp, type HardeningApp } from './support/hardening-app';
import { databaseKinds } from './support/test-database';

const SOME_ID = '00000000-0000-4000-8000-000000000001';
const DOCUMENT = { schemaVersion: 2, label: { widthMm: 50, heightMm: 30, dpi: 203 }, elements: [{ type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 10, text: '{{name}}' }] };

/** Other spellings of an API path: encodings the router decodes, and shapes it must not route. */
function spellings(path: string): string[] {
  const rest = path.slice('/api'.length);
  const [, second = '', ...tail] = rest.split('/');
  const encodedSecond = `%${second.charCodeAt(0).toString(16)}${second.slice(1)}`;
  return [
    `/%61pi${rest}`, `/%61%70%69${rest}`, `/api/${encodedSecond}${tail.length ? `/${tail.join('/')}` : ''}`,
    `//api${rest}`, `/api/${rest}`, `${path}/`, `${path}.`, `${path}%2e`, `/API${rest}`, `/Api${rest}`,
    `/api/.${rest}`, `/api/x/..${rest}`, `${path}?x=1`, `${path};x`, `/%2561pi${rest}`,
  ];
}

async function listRoutes(h: HardeningApp): Promise<{ method: string; url: string; csrfExempt: boolean }[]> {
  const doc = JSON.parse((await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as { paths: Record<string, Record<string, { 'x-csrf-exempt'?: boolean }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), url: path.replace(/\{\w+\}/g, SOME_ID), csrfExempt: op['x-csrf-exempt'] === true })));
}

/**
 * A print job of 10,000 rows of 160 cells (over 15 MiB of JSON) whose last cell holds a lone
 * surrogate. Built in a function so the rows are garbage once the text exists: the test's own heap
 * must not make the collector hold the event loop while the server reads the body.
 */
function bigPrintJobBody(): string {
  const rows = Array.from({ length: 10_000 }, () => Object.fromEntries(Array.from({ length: 160 }, (_, j) => [`c${j}`, 'x'])));
  rows[9_999]!.c159 = 'broken \udfff';
  return JSON.stringify({ document: DOCUMENT, rows, printer: 'tcp://127.0.0.1:9', profile: 'generic-tspl-203' });
}

/** Nests a value `depth` levels deep in arrays, as JSON text (built without recursion). */
function nestedJson(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

describe.each(databaseKinds)('the HTTP layer decides on the matched route, not the URL string (%s)', (kind) => {
  let h: HardeningApp;
  beforeAll(async () => { h = await createHardeningApp(kind); });
  afterAll(() => h.close());

  it('demands a CSRF token on every state-changing API route, however its path is spelled', async () => {
    const routes = await listRoutes(h);
    // The exempt routes are the two opened from mail, whose token authorises them; no other.
    expect(routes.filter((r) => r.csrfExempt).map((r) => `${r.method} ${r.url}`).sort()).toEqual(['POST /api/complaints/confirm', 'POST /api/privacy/unsubscribe']);
    const unsafe = routes.filter((r) => r.method !== 'GET' && !r.csrfExempt);
    expect(unsafe.length).toBeGreaterThan(30);
    const outcomes = new Set<string>();
    for (const route of unsafe) {
      for (const url of [route.url, ...spellings(route.url)]) {
        const res = await h.client().request(route.method, url, { email: 'victim@example.test', password: 'correct horse battery staple' }, { csrf: false, headers: { origin: 'http://localhost:3000' } });
        const code = res.body?.error?.code;
        outcomes.add(`${res.status} ${code}`);
        // Refused by the CSRF check, or not routed at all: never handled without a token.
        expect(code === 'INKLESS_API_CSRF' || (res.status === 404 && code === 'INKLESS_API_NOT_FOUND'), `${route.method} ${url} -> ${res.status} ${res.raw.slice(0, 120)}`).toBe(true);
        if (url === route.url || url.startsWith('/%61pi') || url.startsWith('/%61%70%69')) expect(res.status, `${route.method} ${url}`).toBe(403);
      }
    }
    expect([...outcomes].sort()).toEqual(['403 INKLESS_API_CSRF', '404 INKLESS_API_NOT_FOUND']);
  });

  it('loads the session and sends no-store on an API route reached through an encoded path', async () => {
    const c = h.client();
    await c.signUp(`encoded-${kind}@example.test`);
    const res = await c.get('/%61pi/me/sessions');
    expect(res.status).toBe(200);
    expect(res.body.sessions).toHaveLength(1);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe.each(databaseKinds)('host names (DNS rebinding) (%s)', (kind) => {
  let h: HardeningApp;
  beforeAll(async () => {
    h = await createHardeningApp(kind, {
      allowedHosts: allowedHostNames('https://labels.example.com', ['print.shop.test']),
      site: (app) => { app.get('/', async (_request, reply) => reply.type('text/html').send('<!doctype html><p>studio</p>')); },
    });
  });
  afterAll(() => h.close());

  it('answers only to loopback names, the public URL\'s host and INKLESS_ALLOWED_HOSTS', async () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'labels.example.com', 'LABELS.Example.com.', 'print.shop.test:8080']) {
      for (const url of ['/api/auth/csrf', '/']) {
        const res = await h.app.inject({ method: 'GET', url, headers: { host } });
        expect(res.statusCode, `${host} ${url}`).toBe(200);
      }
    }
    for (const host of ['rebind.attacker.test', 'rebind.attacker.test:3000', 'labels.example.com.attacker.test', '127.0.0.1.nip.io']) {
      for (const url of ['/api/auth/csrf', '/', '/api/auth/login']) {
        const res = await h.app.inject({ method: url === '/api/auth/login' ? 'POST' : 'GET', url, headers: { host, 'content-type': 'application/json' }, payload: '{}' });
        expect(res.statusCode, `${host} ${url}`).toBe(421);
        expect(res.json().error.code).toBe('INKLESS_API_HOST_NOT_ALLOWED');
      }
    }
  });

  it('reads the listen address and the extra host names from the environment', () => {
    const config = readServerConfig({ HOST: '0.0.0.0', INKLESS_PUBLIC_URL: 'https://labels.example.com/', INKLESS_ALLOWED_HOSTS: 'print.shop.test, 192.168.1.20' });
    expect(config.host).toBe('0.0.0.0');
    expect(allowedHostNames(config.publicUrl, config.allowedHosts).sort()).toEqual(['127.0.0.1', '192.168.1.20', '::1', 'labels.example.com', 'localhost', 'print.shop.test']);
    expect(readServerConfig({}).host).toBe('127.0.0.1');
  });

  it('answers to the address it listens on, and warns when a LAN listener knows only loopback names', () => {
    expect(hostNamesForListener('192.168.1.20', 'http://localhost:3000')).toContain('192.168.1.20');
    expect(hostNamesForListener('fd00::20', 'http://localhost:3000')).toContain('fd00::20');
    expect(hostNamesForListener('0.0.0.0', 'http://localhost:3000').sort()).toEqual(['127.0.0.1', '::1', 'localhost']);
    expect(hostNamesForListener('::', 'http://localhost:3000').sort()).toEqual(['127.0.0.1', '::1', 'localhost']);
    expect(describeLoopbackOnlyListener('0.0.0.0', hostNamesForListener('0.0.0.0', 'http://localhost:3000'))).toMatch(/set INKLESS_PUBLIC_URL/);
    expect(describeLoopbackOnlyListener('::', hostNamesForListener('::', 'http://localhost:3000'))).toMatch(/set INKLESS_PUBLIC_URL/);
    expect(describeLoopbackOnlyListener('0.0.0.0', hostNamesForListener('0.0.0.0', 'http://labels.lan:3000'))).toBeUndefined();
    expect(describeLoopbackOnlyListener('127.0.0.1', hostNamesForListener('127.0.0.1', 'http://localhost:3000'))).toBeUndefined();
  });
});

describe.each(databaseKinds)('request bodies: one rule for text, bounded depth, UTF-8 only (%s)', (kind) => {
  let h: HardeningApp;
  let user: ReturnType<HardeningApp['client']>;
  beforeAll(async () => {
    h = await createHardeningApp(kind);
    user = h.client();
    await user.signUp(`bodies-${kind}@example.test`);
  });
  afterAll(() => h.close());

  it('refuses JSON nested thousands of levels deep with 400 on anonymous and signed-in routes', async () => {
    for (const depth of [5_000, 10_000, 100_000, 4_000_000]) {
      // Login takes at most 1 MiB; print jobs 16 MiB, so a body of millions of levels goes to the parse worker.
      if (depth * 2 < 1024 * 1024) {
        const anonymous = await h.client().request('POST', '/api/auth/login', `{"email":"a@example.test","password":${nestedJson(depth)}}`, { headers: { 'content-type': 'application/json' } });
        expect(anonymous.status, `login, depth ${depth}`).toBe(400);
        expect(anonymous.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', message: expect.stringMatching(/nested more than 64 levels deep/) });
      }
      const job = await user.request('POST', '/api/print-jobs', `{"document":${nestedJson(depth)},"printer":"tcp://127.0.0.1:9","profile":"generic-tspl-203"}`, { headers: { 'content-type': 'application/json' } });
      expect(job.status, `print job, depth ${depth}`).toBe(400);
      expect(job.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', message: expect.stringMatching(/nested more than 64 levels deep/) });
    }
  });

  it('refuses a lone surrogate in any text field with 400 and its path: print jobs, display names, reviews, keys', async () => {
    const job = await user.post('/api/print-jobs', { document: DOCUMENT, rows: [{ name: 'ok' }, { name: 'Bad \ud800 cell' }], printer: 'tcp://127.0.0.1:9', profile: 'generic-tspl-203' });
    expect(job.status).toBe(400);
    expect(job.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'rows[1].name', message: expect.stringMatching(/lone UTF-16 surrogate/) });
    const key = await user.post('/api/print-jobs', { document: DOCUMENT, rows: [{ ['na\udc00me']: 'x' }], printer: 'tcp://127.0.0.1:9', profile: 'generic-tspl-203' });
    expect(key.status).toBe(400);
    expect(key.body.error.path).toBe('rows[0].na\udc00me');
    const signup = await h.client().post('/api/auth/signup', { email: `surrogate-${kind}@example.test`, password: 'correct horse battery staple', displayName: 'Ann \udbff' });
    expect(signup.status).toBe(400);
    expect(signup.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'displayName' });
    const template = await user.post('/api/templates', { name: 'Shelf', document: DOCUMENT });
    expect(template.status).toBe(201);
    const id = template.body.template?.id ?? template.body.id;
    expect((await user.post(`/api/templates/${id}/publish`, { visibility: 'public', license: 'CC0-1.0' })).status).toBe(200);
    const reviewer = h.client();
    await reviewer.signUp(`reviewer-${kind}@example.test`);
    const review = await reviewer.post(`/api/gallery/${id}/reviews`, { rating: 3, body: 'nice \ud800' });
    expect(review.status).toBe(400);
    expect(review.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'body' });
    // A whole pair is a character like any other.
    const emoji = await h.client().post('/api/auth/signup', { email: `pair-${kind}@example.test`, password: 'correct horse battery staple', displayName: 'Ann \ud83c\udff7' });
    expect(emoji.status).toBe(201);
    expect(emoji.body.user.displayName).toBe('Ann 🏷');
  });

  it('refuses bodies declared in another charset with 415, and broken UTF-8 with 400', async () => {
    const json = JSON.stringify({ email: 'nobody@example.test', password: 'wrong pässword here' });
    for (const [charset, bytes] of [['utf-16', Buffer.from(`\ufeff${json}`, 'utf16le')], ['UTF-16LE', Buffer.from(json, 'utf16le')], ['latin1', Buffer.from(json, 'latin1')], ['iso-8859-1', Buffer.from(json, 'latin1')]] as const) {
      const res = await sendBytes(h, user, 'POST', '/api/auth/login', bytes, `application/json; charset=${charset}`);
      expect(res.statusCode, charset).toBe(415);
      expect(res.json().error.code).toBe('INKLESS_API_UNSUPPORTED_MEDIA_TYPE');
    }
    const broken = await sendBytes(h, user, 'POST', '/api/auth/login', Buffer.concat([Buffer.from('{"email":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('@example.test","password":"x"}')]), 'application/json');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', message: expect.stringMatching(/not valid UTF-8/) });
    const utf8 = await sendBytes(h, user, 'POST', '/api/auth/login', Buffer.from(json, 'utf8'), 'application/json; charset="UTF-8"');
    expect(utf8.statusCode).toBe(401);
  });

  it('reads a 16 MiB body in the parse worker, off the event loop, and names the broken cell in its last row', async () => {
    const body = bigPrintJobBody();
    expect(body.length).toBeGreaterThan(15 * 1024 * 1024);
    // Read on the event loop (as at faee6a0) the body held every other request 7.6-9.7 s on a
    // two-core machine. The proof is where it is read: the worker pool, handed the whole body. The
    // longest hold of the loop is printed for the record, not asserted (timings belong in benches).
    const read = vi.spyOn(JsonParsePool.prototype, 'read');
    let last = performance.now();
    let longestMs = 0;
    const ticker = setInterval(() => { const now = performance.now(); longestMs = Math.max(longestMs, now - last); last = now; }, 1);
    try {
      const res = await user.request('POST', '/api/print-jobs', body, { headers: { 'content-type': 'application/json' } });
      longestMs = Math.max(longestMs, performance.now() - last);
      console.log(`16 MiB print-job body (${kind}): event loop held at most ${Math.round(longestMs)} ms`);
      expect(read).toHaveBeenCalledTimes(1);
      expect(read.mock.calls[0]![0].length).toBe(Buffer.byteLength(body));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'rows[9999].c159' });
    } finally {
      clearInterval(ticker);
      read.mockRestore();
    }
  }, 60_000);
});

describe.each(databaseKinds)('one header policy for every response (%s)', (kind) => {
  let h: HardeningApp;
  beforeAll(async () => {
    // The sites `inkless serve` mounts, as decision 004 lets tests import the CLI's helpers.
    const { registerStudioSite } = await import('../../cli/src/browser/studio-site');
    const { registerPreviewSite } = await import('../../cli/src/browser/preview-site');
    h = await createHardeningApp(kind, { site: async (app) => { await registerStudioSite(app, () => {}); await registerPreviewSite(app); } });
  }, 300_000);
  afterAll(() => h.close());

  it('sends CSP with frame-ancestors none, X-Frame-Options, nosniff and a referrer policy on pages, assets and the API', async () => {
    const index = await h.app.inject({ method: 'GET', url: '/', headers: { host: 'localhost:3000' } });
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect(asset).toBeDefined();
    const urls = ['/', asset!, '/editor/some/studio/route', '/preview', '/preview/inkless-label.js', '/privacy', '/privacy/cookies', '/api/auth/csrf', '/api/docs', '/api/no-such-route', '/assets/missing-0000.js'];
    for (const url of urls) {
      const res = await h.app.inject({ method: 'GET', url, headers: { host: 'localhost:3000' } });
      expect(res.headers['content-security-policy'], url).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['content-security-policy'], url).toMatch(/default-src 'none'/);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
    }
    const bad = await h.client().post('/api/auth/login', { nope: true });
    expect(bad.status).toBe(400);
    expect(bad.headers['x-frame-options']).toBe('DENY');
  });

  it('answers an encoded unknown API path with the API\'s 404, not the studio page', async () => {
    for (const url of ['/%61pi/no-such-route', '/%61pi', '/api/no-such-route']) {
      const res = await h.app.inject({ method: 'GET', url, headers: { host: 'localhost:3000' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('INKLESS_API_NOT_FOUND');
    }
  });
});

async function sendBytes(h: HardeningApp, client: ReturnType<HardeningApp['client']>, method: 'POST', url: string, payload: Buffer, contentType: string) {
  await client.refreshCsrf();
  const token = (await client.get('/api/auth/csrf')).body.token as string;
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return h.app.inject({ method, url, payload, headers: { host: 'localhost:3000', 'content-type': contentType, 'x-csrf-token': token, ...(cookie ? { cookie } : {}) } });
}
