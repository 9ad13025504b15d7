import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashConsentRow } from '../src/privacy/consent-hash';
import { saveConsentPartner } from '../src/privacy/consent-partners';
import { createConsentChainChecker, verifyConsentChain, type StoredConsentRow } from '../src/privacy/verify-consent-chain';
import { createTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const roomyLimits = { loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 }, signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 } };
const setCookies = (h: Record<string, unknown>): string[] => (h['set-cookie'] === undefined ? [] : ([] as string[]).concat(h['set-cookie'] as string | string[]));

interface LedgerRow { purpose: string; action: string; source: string; policy_version: string; ip_prefix: string; user_id: string | null; visitor_id: string | null }

describe.each(databaseKinds)('consent ledger and choices on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const email = () => `consent${++n}-${kind}@example.test`;
  const ledgerOf = (userId: string) => t.database.db.query<LedgerRow>('SELECT * FROM consent_ledger WHERE user_id = $1 ORDER BY seq', [userId]);
  const createTemplate = async (ownerId: string, visibility: 'private' | 'public', name = 'Shelf label') => {
    const [row] = await t.database.db.query<{ id: string }>(
      "INSERT INTO templates (owner_id, name, document, width_mm, height_mm, visibility) VALUES ($1, $2, '{}'::jsonb, 50, 30, $3) RETURNING id",
      [ownerId, name, visibility],
    );
    return row!.id;
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: roomyLimits });
    await saveConsentPartner(t.database.db, { id: 'label-supplier', name: 'Example Label Supplier', purpose: 'Offers for label stock that fits your printers.' }, t.clock.now());
  });
  afterAll(() => t.close());

  it('ticks nothing at sign-up: only the policy acknowledgement is recorded, and a sign-up cannot switch marketing on', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    const state = (await c.get('/api/privacy/consent')).body;
    expect(state).toMatchObject({ subject: 'user', preferences: false, marketingEmail: false, choiceMade: false, policy: { current: '1.0', accepted: '1.0', acceptRequired: false } });
    expect(state.partners).toEqual([{ id: 'label-supplier', name: 'Example Label Supplier', purpose: 'Offers for label stock that fits your printers.', granted: false }]);
    expect(await ledgerOf(user.id)).toEqual([expect.objectContaining({ purpose: 'policy', action: 'grant', source: 'signup', policy_version: '1.0', ip_prefix: '127.0.0.0/24' })]);
    const sneaky = await t.client().post('/api/auth/signup', { email: email(), password: 'correct horse battery staple', displayName: 'M', marketingEmail: true });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.message).toContain('marketingEmail');
  });

  it('records each change of a choice once, with policy version, source and network; repeating a choice writes nothing', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    const all = await c.post('/api/privacy/consent', { preferences: true, marketingEmail: true, partners: { 'label-supplier': true } });
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ preferences: true, marketingEmail: true, choiceMade: true, partners: [expect.objectContaining({ id: 'label-supplier', granted: true })] });
    expect((await c.post('/api/privacy/consent', { preferences: true, marketingEmail: true })).status).toBe(200);
    const none = await c.post('/api/privacy/consent', { marketingEmail: false, partners: { 'label-supplier': false } });
    expect(none.body).toMatchObject({ preferences: true, marketingEmail: false, partners: [expect.objectContaining({ granted: false })] });
    const rows = (await ledgerOf(user.id)).slice(1);
    expect(rows.map((r) => [r.purpose, r.action, r.source, r.policy_version])).toEqual([
      ['preferences', 'grant', 'consent-choice', '1.0'],
      ['marketing-email', 'grant', 'consent-choice', '1.0'],
      ['partner:label-supplier', 'grant', 'consent-choice', '1.0'],
      ['marketing-email', 'withdraw', 'consent-choice', '1.0'],
      ['partner:label-supplier', 'withdraw', 'consent-choice', '1.0'],
    ]);
    const unknown = await c.post('/api/privacy/consent', { partners: { 'no-such-partner': true } });
    expect(unknown.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'partners.no-such-partner' });
    expect((await c.post('/api/privacy/consent', { preferences: 'yes' })).body.error.path).toBe('preferences');
  });

  it('keeps a signed-out visitor\'s choice under a random visitor id in the consent cookie, with no session cookie', async () => {
    const c = t.client();
    expect((await c.get('/api/privacy/notice')).body).toMatchObject({ cookieChoiceNeeded: true, acceptRequired: false, notices: [] });
    const rejected = await c.post('/api/privacy/consent', { preferences: false, marketingEmail: false });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ subject: 'visitor', preferences: false });
    const cookies = setCookies(rejected.headers);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^__Host-inkless-consent=[A-Za-z0-9_-]{22}\.n; Max-Age=15552000; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const visitorId = c.cookies.get('__Host-inkless-consent')!.split('.')[0]!;
    expect(await t.database.db.query('SELECT 1 FROM consent_ledger WHERE visitor_id = $1', [visitorId])).toHaveLength(0);
    expect((await c.get('/api/privacy/notice')).body.cookieChoiceNeeded).toBe(false);
    const accepted = await c.post('/api/privacy/consent', { preferences: true });
    expect(accepted.body.preferences).toBe(true);
    expect(c.cookies.get('__Host-inkless-consent')).toBe(`${visitorId}.np`);
    const rows = await t.database.db.query<LedgerRow>('SELECT * FROM consent_ledger WHERE visitor_id = $1', [visitorId]);
    expect(rows).toEqual([expect.objectContaining({ purpose: 'preferences', action: 'grant', user_id: null, source: 'consent-choice' })]);
    expect((await c.get('/api/privacy/consent')).body).toMatchObject({ subject: 'visitor', preferences: true });
    const marketing = await c.post('/api/privacy/consent', { marketingEmail: true });
    expect(marketing.body.error).toMatchObject({ code: 'INKLESS_API_UNAUTHENTICATED', path: 'marketingEmail' });
    expect([...c.cookies.keys()]).toEqual(['__Host-inkless-consent']);
    expect((await t.client().get('/api/privacy/consent')).body).toMatchObject({ subject: 'none', preferences: false, marketingEmail: false });
  });

  it('refuses to let a rejected visitor keep preference cookies: choosing necessary-only clears them', async () => {
    const c = t.client();
    c.cookies.set('inkless-lang', 'de');
    const res = await c.post('/api/privacy/consent', { preferences: false });
    expect(setCookies(res.headers).some((line) => /^inkless-lang=;.*Max-Age=0/i.test(line) || /^inkless-lang=;.*Expires=Thu, 01 Jan 1970/i.test(line))).toBe(true);
    expect([...c.cookies.keys()]).toEqual(['__Host-inkless-consent']);
  });

  it('keeps "recently viewed" only with the preferences consent and deletes it on withdrawal', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    const mine = await createTemplate(user.id, 'private', 'My price tags');
    const stranger = await t.client().signUp(email());
    const theirs = await createTemplate(stranger.id, 'private');
    const published = await createTemplate(stranger.id, 'public', 'Jar labels');
    const recentRows = async () => (await t.database.db.query('SELECT 1 FROM recent_views WHERE user_id = $1', [user.id])).length;

    expect((await c.post('/api/me/recent', { templateId: mine })).body).toMatchObject({ recorded: false });
    expect(await recentRows()).toBe(0);
    expect((await c.get('/api/me/recent')).body).toEqual({ recording: false, templates: [] });

    await c.post('/api/privacy/consent', { preferences: true });
    expect((await c.post('/api/me/recent', { templateId: mine })).body).toEqual({ recorded: true });
    t.clock.advance(1000);
    expect((await c.post('/api/me/recent', { templateId: published })).body).toEqual({ recorded: true });
    expect((await c.post('/api/me/recent', { templateId: theirs })).status).toBe(404);
    expect((await c.post('/api/me/recent', { templateId: 'not-a-uuid' })).body.error.path).toBe('templateId');
    const list = (await c.get('/api/me/recent')).body;
    expect(list.recording).toBe(true);
    expect(list.templates.map((v: { name: string }) => v.name)).toEqual(['Jar labels', 'My price tags']);

    await c.post('/api/privacy/consent', { preferences: false });
    expect(await recentRows()).toBe(0);
    expect((await c.post('/api/me/recent', { templateId: mine })).body.recorded).toBe(false);
    expect(await recentRows()).toBe(0);
    expect((await t.client().post('/api/me/recent', { templateId: mine })).status).toBe(401);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the consent ledger in the database itself', async () => {
    const user = await t.client().signUp(email());
    const db = t.database.db;
    await expect(db.query("UPDATE consent_ledger SET action = 'withdraw' WHERE user_id = $1", [user.id])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM consent_ledger WHERE user_id = $1', [user.id])).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE consent_ledger')).rejects.toThrow(/append-only/);
    expect(await ledgerOf(user.id)).toHaveLength(1);
    // Deleting the account leaves the ledger as it is (no foreign key reaches into it).
    await db.query('DELETE FROM users WHERE id = $1', [user.id]);
    expect(await ledgerOf(user.id)).toHaveLength(1);
  });

  it('chains every ledger row to the one before, and the verifier finds an edited, removed or inserted row', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    await c.post('/api/privacy/consent', { preferences: true, marketingEmail: true });
    const db = t.database.db;
    const intact = await verifyConsentChain(db);
    expect(intact).toMatchObject({ ok: true });
    const rows = await db.query<StoredConsentRow>('SELECT * FROM consent_ledger ORDER BY seq');
    expect(intact.rows).toBe(rows.length);

    // Edit a row behind the trigger's back (an owner can switch it off; an attacker with the database could too).
    const [victim] = await db.query<{ seq: string }>("SELECT seq FROM consent_ledger WHERE user_id = $1 AND purpose = 'marketing-email'", [user.id]);
    await db.exec('ALTER TABLE consent_ledger DISABLE TRIGGER consent_ledger_append_only');
    try {
      await db.query("UPDATE consent_ledger SET action = 'withdraw' WHERE seq = $1", [victim!.seq]);
      expect(await verifyConsentChain(db)).toMatchObject({ ok: false, brokenSeq: String(victim!.seq), problem: 'hash' });
      await db.query("UPDATE consent_ledger SET action = 'grant' WHERE seq = $1", [victim!.seq]);
    } finally {
      await db.exec('ALTER TABLE consent_ledger ENABLE TRIGGER consent_ledger_append_only');
    }
    expect(await verifyConsentChain(db)).toMatchObject({ ok: true });

    const check = (set: StoredConsentRow[]) => {
      const checker = createConsentChainChecker();
      for (const row of set) {
        const broken = checker.check(row);
        if (broken) return broken;
      }
      return checker.result();
    };
    const middle = Math.floor(rows.length / 2);
    expect(check(rows)).toMatchObject({ ok: true });
    expect(check(rows.filter((_, i) => i !== middle))).toMatchObject({ ok: false, brokenSeq: String(rows[middle + 1]!.seq), problem: 'link' });
    // A row slipped in with a correct hash of its own still breaks the link of the row after it.
    const base = rows[middle]!;
    const fields = { seq: '999999', at: new Date(base.at), userId: base.user_id, visitorId: base.visitor_id, purpose: 'marketing-email', policyVersion: base.policy_version, action: 'grant' as const, source: base.source, ipPrefix: base.ip_prefix };
    const forged: StoredConsentRow = { ...base, seq: '999999', purpose: 'marketing-email', action: 'grant', prev_hash: base.hash, hash: hashConsentRow(base.hash, fields) };
    expect(check([...rows.slice(0, middle + 1), forged, ...rows.slice(middle + 1)])).toMatchObject({ ok: false, brokenSeq: String(rows[middle + 1]!.seq), problem: 'link' });
    expect(check([...rows.slice(0, middle + 1), { ...forged, hash: 'f'.repeat(64) }])).toMatchObject({ ok: false, brokenSeq: '999999', problem: 'hash' });
  });

  it('records choices made at the same moment without forking the chain', async () => {
    const clients = await Promise.all(Array.from({ length: 6 }, async () => {
      const c = t.client();
      await c.signUp(email());
      return c;
    }));
    const results = await Promise.all(clients.map((c) => c.post('/api/privacy/consent', { preferences: true, marketingEmail: true })));
    expect(results.map((r) => r.status)).toEqual(clients.map(() => 200));
    expect(await verifyConsentChain(t.database.db)).toMatchObject({ ok: true });
  });
});
