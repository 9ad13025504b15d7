import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCookies, LANGUAGE_COOKIE, type CookieCategory } from '../src/privacy/cookie-inventory';
import { privacyPagePaths } from '../src/privacy/privacy-routes';
import { createTestApp, type ApiResponse, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const roomyLimits = {
  loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 }, signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 },
  mailPerAccount: { name: 'mail-account', max: 10_000, windowSeconds: 60 }, mailPerIp: { name: 'mail-ip', max: 10_000, windowSeconds: 60 },
};
const consentStates = ['none', 'rejected', 'accepted'] as const;
/** Routes that may set these cookies (other than to delete them). */
const SESSION_SETTERS = new Set(['POST /api/auth/signup', 'POST /api/auth/login', 'POST /api/auth/login/mfa']);
const CONSENT_SETTERS = new Set(['POST /api/privacy/consent']);

interface SeenCookie { readonly route: string; readonly line: string; readonly name: string; readonly deletes: boolean }

function readSetCookies(route: string, res: ApiResponse): SeenCookie[] {
  const header = res.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [String(header)];
  return lines.map((line) => {
    const [pair = '', ...attributes] = line.split(';');
    const name = pair.slice(0, pair.indexOf('=')).trim();
    const value = pair.slice(pair.indexOf('=') + 1).trim();
    const deletes = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
    return { route, line, name, deletes };
  });
}

describe.each(databaseKinds)('cookies on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const email = () => `cookies${++n}-${kind}@example.test`;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: roomyLimits });
  });
  afterAll(() => t.close());

  it('publishes the cookie inventory as JSON and as a page', async () => {
    const res = await t.client().get('/api/privacy/cookies');
    expect(res.status).toBe(200);
    expect(res.body.cookies.map((c: { names: string[]; category: string }) => [c.names, c.category])).toEqual([
      [['__Host-sid', 'inkless-sid'], 'necessary'],
      [['__Host-inkless-consent', 'inkless-consent'], 'necessary'],
      [[LANGUAGE_COOKIE], 'preferences'],
    ]);
    expect(res.body.categories.map((c: { id: string; needsConsent: boolean }) => [c.id, c.needsConsent])).toEqual([['necessary', false], ['preferences', true]]);
    const page = await t.client().get('/privacy/cookies');
    for (const c of res.body.cookies) for (const name of c.names) expect(page.raw).toContain(name);
  });

  it('sets only cookies of the inventory on every route, under each consent state, signed out and signed in', async () => {
    const openapi = (await t.client().get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const tableRoutes = Object.entries(openapi.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => ({ method: m.toUpperCase(), path })));
    expect(tableRoutes.length).toBeGreaterThan(30);
    // Last: the consent choice itself, then sign-out (each changes the state the others run under).
    const rank = (r: { method: string; path: string }) => (r.path === '/api/privacy/consent' && r.method === 'POST' ? 1 : r.path === '/api/auth/logout' ? 2 : 0);
    const routes = [
      ...[...privacyPagePaths, '/api/openapi.json', '/api/docs'].map((path) => ({ method: 'GET', path })),
      ...tableRoutes.sort((a, b) => rank(a) - rank(b)),
    ];
    const inventory = describeCookies({ sessionTimeouts: { idleMinutes: 60, absoluteDays: 30 } });
    const categoryOf = (name: string): CookieCategory | undefined => inventory.find((c) => c.names.includes(name))?.category;
    const problems: string[] = [];
    let requests = 0;

    for (const signedIn of [false, true]) {
      for (const state of consentStates) {
        const c = t.client();
        c.cookies.set(LANGUAGE_COOKIE, 'de');
        const seen: SeenCookie[] = [];
        const send = async (method: string, url: string, body?: unknown) => {
          const route = `${method} ${url.split('?')[0]}`;
          const res = await c.request(method, url, body);
          requests++;
          seen.push(...readSetCookies(route, res));
          return res;
        };
        if (signedIn) expect((await send('POST', '/api/auth/signup', { email: email(), password: 'correct horse battery staple', displayName: 'Sweep' })).status).toBe(201);
        if (state !== 'none') {
          const granted = state === 'accepted';
          const choice = signedIn ? { preferences: granted, marketingEmail: granted } : { preferences: granted };
          expect((await send('POST', '/api/privacy/consent', choice)).status).toBe(200);
        }
        for (const r of routes) {
          const url = r.path.replace(/\{[^}]+\}/g, () => randomUUID());
          await send(r.method, url, r.method === 'GET' || r.method === 'DELETE' ? undefined : {});
        }
        const label = `${signedIn ? 'signed in' : 'signed out'}, consent ${state}`;
        for (const cookie of seen) {
          const category = categoryOf(cookie.name);
          const where = `${label}: ${cookie.route} set ${cookie.line}`;
          if (category === undefined) problems.push(`${where} (not in the inventory)`);
          else if (cookie.deletes) continue;
          else if (category === 'preferences' && state !== 'accepted') problems.push(`${where} (preferences without consent)`);
          else if (cookie.name.endsWith('-sid') && !SESSION_SETTERS.has(cookie.route)) problems.push(`${where} (a session cookie outside sign-in)`);
          else if (cookie.name.endsWith('-consent') && !CONSENT_SETTERS.has(cookie.route)) problems.push(`${where} (a consent cookie without a choice)`);
        }
        // Signed out and undecided, nothing is set until the visitor makes the consent choice (sign-out only clears).
        if (!signedIn && state === 'none') expect(seen.filter((s) => !s.deletes && s.route !== 'POST /api/privacy/consent'), label).toEqual([]);
        // Refusing leaves only strictly necessary cookies in the browser.
        if (state === 'rejected') expect([...c.cookies.keys()].filter((name) => categoryOf(name) !== 'necessary'), label).toEqual([]);
        if (state === 'accepted') expect(c.cookies.get(LANGUAGE_COOKIE), label).toBe('de');
      }
    }
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThan(6 * routes.length);
  });

  it('gives the session cookie only at sign-in, and the consent cookie only with a choice', async () => {
    const c = t.client();
    await c.get('/api/privacy/notice');
    await c.get('/privacy');
    expect(c.cookies.size).toBe(0);
    await c.signUp(email());
    expect([...c.cookies.keys()]).toEqual(['__Host-sid']);
    await c.post('/api/privacy/consent', { preferences: true });
    expect([...c.cookies.keys()].sort()).toEqual(['__Host-inkless-consent', '__Host-sid']);
  });
});
