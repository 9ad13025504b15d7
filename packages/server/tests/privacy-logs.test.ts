import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/database';
import { createTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const CANARY = 's3cr3t-canary';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const roomyLimits = { loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 }, signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 } };

interface AccessRow { user_id: string | null; route: string; method: string; status: number; ip_prefix: string; browser: string; os: string; device: string; language: string }

/** The access log is written after the response is sent: wait (bounded) for the rows a request leaves. */
async function waitForRows<T>(db: Queryable, sql: string, params: unknown[], count = 1): Promise<T[]> {
  for (let i = 0; i < 500; i++) {
    const rows = await db.query<T>(sql, params);
    if (rows.length >= count) return rows;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return db.query<T>(sql, params);
}

/** Every row of every table in the test schema that contains `needle` anywhere, as `table: count`. */
async function findEverywhere(db: Queryable, needle: string): Promise<string[]> {
  const tables = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
  expect(tables.map((t) => t.table_name)).toContain('access_log');
  const hits: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" x WHERE x::text LIKE $1`, [`%${needle}%`]);
    if (row!.n > 0) hits.push(`${table_name}: ${row!.n}`);
  }
  return hits;
}

describe.each(databaseKinds)('access and security logs on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const email = () => `logs${++n}-${kind}@example.test`;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: roomyLimits });
  });
  afterAll(() => t.close());

  it('logs the route template, never the query string or path values, with the network, families and language', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    c.headers['user-agent'] = IPHONE;
    const headers = { 'accept-language': 'de-CH,de;q=0.9,en;q=0.8', 'x-forwarded-for': '203.0.113.9' };
    expect((await c.request('GET', `/api/privacy/policy?q=${CANARY}`, undefined, { headers })).status).toBe(200);
    expect((await c.request('GET', `/api/privacy/policies/${CANARY}?q=${CANARY}`, undefined, { headers })).status).toBe(404);
    expect((await c.request('GET', `/api/no-such-route/${CANARY}`, undefined, { headers })).status).toBe(404);
    const rows = await waitForRows<AccessRow>(t.database.db, "SELECT * FROM access_log WHERE user_id = $1 AND language = 'de' ORDER BY id", [user.id], 2);
    expect(rows.map((r) => [r.method, r.route, Number(r.status)])).toEqual([
      ['GET', '/api/privacy/policy', 200],
      ['GET', '/api/privacy/policies/:version', 404],
    ]);
    // A path no route takes is logged too, without the user: no session is loaded for it (decision 010).
    const unrouted = await waitForRows<AccessRow>(t.database.db, "SELECT * FROM access_log WHERE route = '' AND language = 'de' ORDER BY id", [], 1);
    expect(unrouted.map((r) => [r.method, r.route, Number(r.status), r.user_id])).toEqual([['GET', '', 404, null]]);
    expect(rows[0]).toMatchObject({ ip_prefix: '127.0.0.0/24', browser: 'Safari', os: 'iOS', device: 'mobile', language: 'de' });
    expect(await findEverywhere(t.database.db, CANARY)).toEqual([]);
    expect(await findEverywhere(t.database.db, '203.0.113')).toEqual([]);
  });

  it('logs requests to routes registered before the privacy module (the hook is global), and signed-out requests without a user', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    expect((await c.get('/api/me')).status).toBe(200);
    const mine = await waitForRows<AccessRow>(t.database.db, "SELECT * FROM access_log WHERE user_id = $1 AND route = '/api/me'", [user.id]);
    expect(mine[0]).toMatchObject({ method: 'GET', status: 200 });
    const anonymous = t.client();
    anonymous.headers['accept-language'] = 'pt-BR';
    expect((await anonymous.get('/api/auth/csrf')).status).toBe(200);
    const rows = await waitForRows<AccessRow>(t.database.db, "SELECT * FROM access_log WHERE route = '/api/auth/csrf' AND language = 'pt'", []);
    expect(rows[0]!.user_id).toBeNull();
  });

  it('shows users their own access log only, newest first, a page at a time', async () => {
    const a = t.client();
    const userA = await a.signUp(email());
    const b = t.client();
    const userB = await b.signUp(email());
    b.headers['accept-language'] = 'fi';
    for (let i = 0; i < 3; i++) await b.get('/api/privacy/cookies');
    for (const url of ['/api/privacy/policy', '/api/privacy/policies', '/api/privacy/cookies']) {
      t.clock.advance(1000);
      await a.get(url);
    }
    await waitForRows(t.database.db, 'SELECT 1 FROM access_log WHERE user_id = $1', [userA.id], 3);
    await waitForRows(t.database.db, "SELECT 1 FROM access_log WHERE user_id = $1 AND language = 'fi'", [userB.id], 3);
    const page = await a.get('/api/me/access-log?limit=2');
    expect(page.status).toBe(200);
    expect(page.body.entries.map((e: { route: string }) => e.route)).toEqual(['/api/privacy/cookies', '/api/privacy/policies']);
    expect(page.body.entries[0]).toMatchObject({ method: 'GET', status: 200, network: '127.0.0.0/24', browser: 'Chrome', os: 'Linux', device: 'desktop' });
    const rest = await a.get(`/api/me/access-log?limit=200&before=${page.body.next}`);
    expect(rest.body.entries[0].route).toBe('/api/privacy/policy');
    expect(rest.body.next).toBeNull();
    const all = [...page.body.entries, ...rest.body.entries];
    const [own] = await t.database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM access_log WHERE user_id = $1 AND route <> '/api/me/access-log'", [userA.id]);
    expect(all).toHaveLength(own!.n);
    expect(all.some((e: { language: string }) => e.language === 'fi')).toBe(false);
    expect((await t.client().get('/api/me/access-log')).status).toBe(401);
    expect((await a.get('/api/me/access-log?limit=0')).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'limit' });
    expect((await a.get('/api/me/access-log?user=someone')).status).toBe(400);
  });

  it('keeps sign-ins and security changes in the security log with the full address, shown to their user only', async () => {
    const address = email();
    const a = t.client();
    const user = await a.signUp(address);
    await t.client().logIn(address, 'not the password at all');
    await t.client().logIn(email(), 'nobody has this account');
    const phone = t.client();
    phone.headers['user-agent'] = IPHONE;
    expect((await phone.logIn(address)).status).toBe(200);
    expect((await a.post('/api/me/password', { currentPassword: 'correct horse battery staple', newPassword: 'a different passphrase', endOtherSessions: false })).status).toBe(200);
    const log = await a.get('/api/me/security-log');
    expect(log.status).toBe(200);
    expect(log.body.entries.map((e: { event: string }) => e.event)).toEqual(['password-changed', 'sign-in', 'sign-in-failed']);
    expect(log.body.entries[1]).toMatchObject({ ip: '127.0.0.1', browser: 'Safari', os: 'iOS' });
    const [unknown] = await t.database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM security_log WHERE user_id IS NULL AND event = 'sign-in-failed'");
    expect(unknown!.n).toBeGreaterThan(0);
    const other = t.client();
    await other.signUp(email());
    expect((await other.get('/api/me/security-log')).body.entries).toEqual([]);
    expect((await t.client().get('/api/me/security-log')).status).toBe(401);
    // The access log never holds a full address.
    const [full] = await t.database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM access_log WHERE ip_prefix = '127.0.0.1'");
    expect(full!.n).toBe(0);
    expect(user.id).toBeTruthy();
  });

  it('ignores X-Forwarded-For without a trusted proxy, in both logs', async () => {
    const address = email();
    const c = t.client();
    c.headers['x-forwarded-for'] = '198.51.100.23';
    const user = await c.signUp(address);
    expect((await c.logIn(address)).status).toBe(200);
    const [event] = await t.database.db.query<{ ip: string }>("SELECT ip FROM security_log WHERE user_id = $1 AND event = 'sign-in'", [user.id]);
    expect(event!.ip).toBe('127.0.0.1');
    expect(await findEverywhere(t.database.db, '198.51.100')).toEqual([]);
  });
});

describe.each(databaseKinds)('logs behind a trusted proxy on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: roomyLimits, trustProxy: ['127.0.0.1'] });
  });
  afterAll(() => t.close());

  it('takes the client address from X-Forwarded-For set by the trusted proxy: truncated in the access log, full in the security log', async () => {
    const address = `proxied-${kind}@example.test`;
    const c = t.client();
    c.headers['x-forwarded-for'] = '198.51.100.23';
    const user = await c.signUp(address);
    expect((await c.logIn(address)).status).toBe(200);
    const [event] = await t.database.db.query<{ ip: string }>("SELECT ip FROM security_log WHERE user_id = $1 AND event = 'sign-in'", [user.id]);
    expect(event!.ip).toBe('198.51.100.23');
    const rows = await waitForRows<AccessRow>(t.database.db, "SELECT * FROM access_log WHERE route = '/api/auth/login' AND ip_prefix = '198.51.100.0/24'", []);
    expect(rows).toHaveLength(1);

    const v6 = t.client();
    v6.headers['x-forwarded-for'] = '2001:db8:1:2::5';
    v6.headers['accept-language'] = 'sv';
    await v6.get('/api/privacy/policy');
    const v6rows = await waitForRows<AccessRow>(t.database.db, "SELECT * FROM access_log WHERE language = 'sv'", []);
    expect(v6rows[0]!.ip_prefix).toBe('2001:db8:1::/48');
  });
});
