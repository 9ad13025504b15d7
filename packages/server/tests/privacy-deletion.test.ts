import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify-audit-chain';
import { REAUTH_WINDOW_MS } from '../src/auth/reauthenticate';
import { createSmtpMailer } from '../src/mail/mailer';
import { DEFAULT_DELETION_GRACE_DAYS, readDeletionGraceDays } from '../src/privacy/account-deletion';
import { runDueDeletions } from '../src/privacy/account-erasure';
import { resolveColumn } from '../src/privacy/inventory';
import { startPrivacyJobsTimer } from '../src/privacy/privacy-jobs';
import { verifyConsentChain } from '../src/privacy/verify-consent-chain';
import { verifyDisclosureChain } from '../src/privacy/verify-disclosure-chain';
import { installEgressGuard, type EgressGuard } from './privacy-egress-guard';
import { findColumnsHolding, seedMarkedUser } from './privacy-markers';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const DAY_MS = 86_400_000;
const GRACE_MS = DEFAULT_DELETION_GRACE_DAYS * DAY_MS;
const roomyLimits = { signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 }, loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 } };
const confirm = 'delete my account';
/** What stays of an erased user: rows kept as proof, none of them holding text the user typed. */
const LEGAL_HOLD_SURVIVORS = [
  'audit_log.action', 'audit_log.target', 'consent_ledger.ip_prefix', 'disclosure_register.recipient',
  'legal_requests.authority', 'legal_requests.deferral_reason', 'legal_requests.reference', 'legal_requests.rejection_reason',
];
/** What stays of a published template the owner chose to keep (credited to "Deleted user"). */
const KEPT_TEMPLATE_COLUMNS = ['templates.description', 'templates.document', 'templates.name', 'templates.name_search', 'templates.search'];

describe.each(databaseKinds)('account deletion on %s', (kind) => {
  let t: TestApp;
  let guard: EgressGuard;
  let n = 0;
  const email = () => `deletion${++n}-${kind}@example.test`;
  const erase = () => runDueDeletions(t.database.db, () => t.clock.now());
  const count = async (sql: string, params: unknown[]) => Number((await t.database.db.query<{ n: number }>(sql, params))[0]!.n);
  const askDeletion = (c: ApiClient, publishedTemplates = 'remove') => c.delete('/api/me', { confirm, publishedTemplates });
  const searchIds = async (word: string) => ((await t.client().get(`/api/search?q=${word}`)).body.results as { id: string }[]).map((r) => r.id);
  beforeAll(async () => {
    guard = installEgressGuard();
    t = await createTestApp(kind, { limits: roomyLimits });
  });
  afterAll(async () => {
    await t.close();
    guard.uninstall();
    expect(guard.refused).toEqual([]);
  });

  it('asks for the typed sentence and a recent password, ends every session at once and mails the user', async () => {
    const address = email();
    const laptop = t.client();
    const user = await laptop.signUp(address);
    await t.smtp.waitFor(address);
    const phone = t.client();
    expect((await phone.logIn(address)).status).toBe(200);
    expect((await laptop.delete('/api/me', { publishedTemplates: 'remove' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'confirm' });
    expect((await askDeletion(laptop, 'sell')).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'publishedTemplates' });
    expect((await laptop.delete('/api/me', { confirm: 'yes', publishedTemplates: 'remove' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'confirm' });
    t.clock.advance(REAUTH_WINDOW_MS + 1000);
    expect((await askDeletion(laptop)).body.error.code).toBe('INKLESS_AUTH_REAUTH_REQUIRED');
    expect((await laptop.post('/api/auth/reauthenticate', { password: 'correct horse battery staple' })).status).toBe(204);
    const asked = await askDeletion(laptop);
    expect(asked.status).toBe(202);
    expect(asked.body.deletion).toEqual({ requestedAt: t.clock.now().toISOString(), dueAt: new Date(t.clock.now().getTime() + GRACE_MS).toISOString(), publishedTemplates: 'remove', withdrawnTemplates: 0 });
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect(await count('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [user.id])).toBe(0);
    const mail = await t.smtp.waitFor(address);
    expect(mail.subject).toBe('Your Inkless account will be deleted');
    expect(mail.text).toContain(new Date(t.clock.now().getTime() + GRACE_MS).toISOString().slice(0, 10));
    expect(mail.text).toContain('/api/me/deletion/cancel');
    expect(await count('SELECT count(*)::int AS n FROM users WHERE id = $1', [user.id])).toBe(1);
    expect((await t.client().delete('/api/me', { confirm, publishedTemplates: 'remove' })).status).toBe(401);
  });

  it('can be canceled within the grace period by signing in again, and then nothing is erased', async () => {
    const address = email();
    const c = t.client();
    const user = await c.signUp(address);
    expect((await askDeletion(c)).status).toBe(202);
    await c.refreshCsrf(); // the session ended, and with it the CSRF token bound to it
    expect((await c.logIn(address)).status).toBe(200);
    expect((await c.get('/api/me/deletion')).body.deletion).toMatchObject({ publishedTemplates: 'remove' });
    expect((await askDeletion(c, 'keep-credited')).body.error.code).toBe('INKLESS_API_CONFLICT');
    // A minute before it is due, the user signs in again (the old session has long expired) and cancels.
    t.clock.advance(GRACE_MS - 60_000);
    await c.refreshCsrf();
    expect((await c.logIn(address)).status).toBe(200);
    expect((await c.post('/api/me/deletion/cancel')).status).toBe(200);
    expect((await c.get('/api/me/deletion')).body).toEqual({ deletion: null });
    expect((await c.post('/api/me/deletion/cancel')).body.error.code).toBe('INKLESS_API_NOT_FOUND');
    t.clock.advance(DAY_MS);
    expect((await erase()).erased).not.toContain(user.id);
    expect(await count('SELECT count(*)::int AS n FROM users WHERE id = $1', [user.id])).toBe(1);
    await t.smtp.waitFor(address);
    await t.smtp.waitFor(address);
    expect((await t.smtp.waitFor(address)).subject).toBe('Your Inkless account will not be deleted');
  });

  it('erases the account once the grace period has passed: no marker of the user is left in any column of any table, search included', async () => {
    const alice = await seedMarkedUser(t, 'erased');
    const bob = await seedMarkedUser(t, 'bystander');
    const bobBefore = await findColumnsHolding(t.database.db, bob.prefix);
    const publishedWord = alice.markers.get('templates.name')!;
    expect(await searchIds(publishedWord)).toEqual([alice.templates.publishedId]);
    expect((await askDeletion(alice.client, 'remove')).status).toBe(202);
    t.clock.advance(GRACE_MS - 60_000);
    expect((await erase()).erased).not.toContain(alice.id);
    t.clock.advance(120_000);
    expect((await erase()).erased).toContain(alice.id);

    const left = await findColumnsHolding(t.database.db, alice.prefix);
    expect(left.sort()).toEqual(LEGAL_HOLD_SURVIVORS);
    for (const column of left) {
      const [table, name] = column.split('.') as [string, string];
      expect(resolveColumn(table, name), column).toMatchObject({ erasure: 'legal-hold' });
      expect(resolveColumn(table, name)!.from, column).not.toBe('typed');
    }
    expect(await searchIds(publishedWord)).toEqual([]);
    for (const [table, column] of [['users', 'id'], ['sessions', 'user_id'], ['templates', 'owner_id'], ['print_jobs', 'user_id'], ['reviews', 'user_id'], ['access_log', 'user_id'], ['security_log', 'user_id'], ['support_tickets', 'user_id'], ['account_deletions', 'user_id'], ['reports', 'reporter_id']]) {
      expect(await count(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [alice.id]), `${table}.${column}`).toBe(0);
    }
    expect(await count("SELECT count(*)::int AS n FROM rate_limits WHERE bucket LIKE '%' || $1", [alice.id])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM templates WHERE id IN ($1, $2)', [alice.templates.privateId, alice.templates.publishedId])).toBe(0);
    // Kept as proof, under an id that now leads to nobody; the chains still verify.
    expect(await count('SELECT count(*)::int AS n FROM consent_ledger WHERE user_id = $1', [alice.id])).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM audit_log WHERE subject_user_id = $1', [alice.id])).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM disclosure_register WHERE subject_user_id = $1', [alice.id])).toBe(1);
    expect(await verifyConsentChain(t.database.db)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    expect(await verifyDisclosureChain(t.database.db)).toMatchObject({ ok: true });
    // Nobody else lost anything.
    expect(await findColumnsHolding(t.database.db, bob.prefix)).toEqual(bobBefore);
  });

  it('keeps published templates credited to Deleted user when asked, and nothing else of the user', async () => {
    const carol = await seedMarkedUser(t, 'credited');
    expect((await askDeletion(carol.client, 'keep-credited')).status).toBe(202);
    t.clock.advance(GRACE_MS + 60_000);
    expect((await erase()).erased).toContain(carol.id);
    const left = await findColumnsHolding(t.database.db, carol.prefix);
    expect(left.sort()).toEqual([...LEGAL_HOLD_SURVIVORS, ...KEPT_TEMPLATE_COLUMNS].sort());
    const [kept] = await t.database.db.query<{ owner_id: string | null; credit_name: string; folder: string }>('SELECT owner_id, credit_name, folder FROM templates WHERE id = $1', [carol.templates.publishedId]);
    expect(kept).toEqual({ owner_id: null, credit_name: 'Deleted user', folder: '' });
    expect(await count('SELECT count(*)::int AS n FROM template_versions WHERE template_id = $1', [carol.templates.publishedId])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM templates WHERE id = $1', [carol.templates.privateId])).toBe(0);
    const shown = await t.client().get(`/api/gallery/${carol.templates.publishedId}`);
    expect(shown.body.template.publisher).toBe('Deleted user');
    expect(JSON.stringify(shown.body)).not.toContain(carol.id);
    expect(await searchIds(carol.markers.get('templates.name')!)).toEqual([carol.templates.publishedId]);
  });

  it('leaves old credentials and sessions dead after erasure, and the email free to sign up again', async () => {
    const address = email();
    const c = t.client();
    await c.signUp(address);
    const cookies = new Map(c.cookies);
    expect((await askDeletion(c)).status).toBe(202);
    t.clock.advance(GRACE_MS + 1000);
    await erase();
    for (const [k, v] of cookies) c.cookies.set(k, v);
    expect((await c.get('/api/me')).status).toBe(401);
    expect((await t.client().logIn(address)).body.error.code).toBe('INKLESS_AUTH_INVALID');
    expect((await t.client().post('/api/auth/signup', { email: address, password: 'correct horse battery staple', displayName: 'Again' })).status).toBe(201);
  });

  it('runs from a timer that erases due accounts at once and stops cleanly', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    expect((await askDeletion(c)).status).toBe(202);
    t.clock.advance(GRACE_MS + 1000);
    const errors: unknown[] = [];
    const stop = startPrivacyJobsTimer({ db: t.database.db, mailer: createSmtpMailer(t.smtp.url, 'test@localhost'), clock: () => t.clock.now(), publicUrl: 'http://localhost:3000' }, (e) => errors.push(e));
    await stop();
    expect(errors).toEqual([]);
    expect(await count('SELECT count(*)::int AS n FROM users WHERE id = $1', [user.id])).toBe(0);
  });
});

describe('deletion grace period configuration', () => {
  it('reads whole days from INKLESS_DELETION_GRACE_DAYS, 14 by default', () => {
    expect(readDeletionGraceDays({})).toBe(14);
    expect(readDeletionGraceDays({ INKLESS_DELETION_GRACE_DAYS: '30' })).toBe(30);
    expect(readDeletionGraceDays({ INKLESS_DELETION_GRACE_DAYS: '0' })).toBe(0);
    expect(() => readDeletionGraceDays({ INKLESS_DELETION_GRACE_DAYS: '2.5' })).toThrow(/INKLESS_DELETION_GRACE_DAYS/);
    expect(() => readDeletionGraceDays({ INKLESS_DELETION_GRACE_DAYS: '-1' })).toThrow(/whole number of days/);
  });
});
