import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureShippedPolicies, hashPolicyBody, publishPolicyVersion } from '../src/privacy/policy-documents';
import { shippedPolicies } from '../src/privacy/policy-texts';
import { defaultRetention } from '../src/privacy/retention';
import { selectMarketingRecipients } from '../src/privacy/marketing';
import { createTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const DAY_MS = 86_400_000;
const roomyLimits = { loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 }, signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 } };
const v1 = shippedPolicies[0]!;

/** A later version for tests: the shipped text with one paragraph changed and one added. */
function laterVersion(version: string, releasedAt: Date, effectiveAt: Date, summary: string) {
  const body = v1.body.replace('It is deleted after 90 days.', 'It is deleted after 60 days.') + `\n# Version ${version}\n\nThis paragraph is new in ${version}.\n`;
  return { ...v1, version, releasedAt: releasedAt.toISOString(), effectiveAt: effectiveAt.toISOString(), updatedAt: releasedAt.toISOString(), summary, body };
}

describe.each(databaseKinds)('the privacy policy and its versions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: roomyLimits });
  });
  afterAll(() => t.close());

  it('serves the version in effect with its dates, summary, text and hash; the text states the retention defaults', async () => {
    const res = await t.client().get('/api/privacy/policy');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: '1.0', change: 'major', releasedAt: '2026-05-04T00:00:00.000Z', effectiveAt: '2026-05-18T00:00:00.000Z', updatedAt: '2026-05-04T00:00:00.000Z',
      summary: v1.summary, body: v1.body, sha256: hashPolicyBody(v1.body),
    });
    expect(v1.body).toContain(`It is deleted after ${defaultRetention.accessLogDays} days.`);
    expect(v1.body).toContain(`It is deleted after ${defaultRetention.securityLogDays} days.`);
    expect(v1.body).toContain(`Entries are deleted after ${defaultRetention.recentViewsDays} days.`);
    const list = await t.client().get('/api/privacy/policies');
    expect(list.body).toMatchObject({ current: '1.0', versions: [{ version: '1.0', change: 'major' }] });
    expect(list.body.versions[0].body).toBeUndefined();
    expect((await t.client().get('/api/privacy/policies/1.0')).body.sha256).toBe(hashPolicyBody(v1.body));
    expect((await t.client().get('/api/privacy/policies/7.0')).status).toBe(404);
    expect((await t.client().get('/api/privacy/policies/latest')).status).toBe(404);
  });

  it('shows the policy as a page with its dates, history and the cookie page beside it', async () => {
    const page = await t.client().get('/privacy');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.raw).toContain('Version 1.0');
    expect(page.raw).toContain('released 2026-05-04 · effective 2026-05-18 · updated 2026-05-04');
    expect(page.raw).toContain('<h2>Cookies</h2>');
    expect(page.raw).toContain(hashPolicyBody(v1.body));
    expect((await t.client().get('/privacy/versions/1.0')).status).toBe(200);
    expect((await t.client().get('/privacy/versions/..%2F1.0')).status).toBe(404);
    const cookies = await t.client().get('/privacy/cookies');
    expect(cookies.status).toBe(200);
    expect(cookies.raw).toContain('__Host-inkless-consent');
  });

  it('refuses to change or delete a released version in the database, and to start with an edited shipped text', async () => {
    const db = t.database.db;
    await expect(db.query("UPDATE policy_versions SET body = 'we changed our mind' WHERE version = '1.0'")).rejects.toThrow(/append-only/);
    await expect(db.query("DELETE FROM policy_versions WHERE version = '1.0'")).rejects.toThrow(/append-only/);
    await expect(ensureShippedPolicies(db, [{ ...v1, body: `${v1.body}\nA quiet edit.\n` }])).rejects.toThrow(/released versions never change/);
    await expect(ensureShippedPolicies(db)).resolves.toBeUndefined();
  });
});

describe.each(databaseKinds)('policy changes on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const email = () => `change${++n}-${kind}@example.test`;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: roomyLimits });
  });
  afterAll(() => t.close());

  it('shows a minor change as a notice only, and a major one as a notice ahead and then a gate on consent-based features until accepted', async () => {
    const db = t.database.db;
    const [template] = await db.query<{ id: string }>("INSERT INTO templates (owner_id, name, document, width_mm, height_mm) VALUES (NULL, 'Shared', '{}'::jsonb, 50, 30) RETURNING id");
    await db.query("UPDATE templates SET visibility = 'public' WHERE id = $1", [template!.id]);
    const c = t.client();
    const address = email();
    const user = await c.signUp(address);
    await db.query('UPDATE users SET email_verified_at = $2 WHERE id = $1', [user.id, t.clock.now()]);
    await c.post('/api/privacy/consent', { preferences: true, marketingEmail: true });
    const recipients = async () => { const ids: string[] = []; for await (const r of selectMarketingRecipients({ db, clock: () => t.clock.now() })) ids.push(r.id); return ids; };
    expect((await c.post('/api/me/recent', { templateId: template!.id })).body.recorded).toBe(true);
    expect((await c.get('/api/privacy/notice')).body).toMatchObject({ notices: [], acceptRequired: false });
    expect(await recipients()).toContain(user.id);

    // A minor change: a notice, no gate; acknowledging it ends the notice.
    const now = t.clock.now();
    await publishPolicyVersion(db, laterVersion('1.5', new Date(now.getTime() - DAY_MS), new Date(now.getTime() - DAY_MS), 'The access log is kept 60 days instead of 90.'));
    const minor = (await c.get('/api/privacy/notice')).body;
    expect(minor).toMatchObject({ acceptRequired: false, notices: [{ kind: 'changed', version: '1.5', change: 'minor', summary: 'The access log is kept 60 days instead of 90.', url: '/privacy/diff?from=1.0&to=1.5' }] });
    expect((await c.post('/api/me/recent', { templateId: template!.id })).body.recorded).toBe(true);
    expect((await t.client().get('/api/privacy/notice')).body.notices).toMatchObject([{ kind: 'changed', version: '1.5' }]);
    expect((await c.post('/api/privacy/accept-policy', { version: '1.0' })).body.error).toMatchObject({ code: 'INKLESS_API_CONFLICT', path: 'version' });
    expect((await c.post('/api/privacy/accept-policy', { version: '1.5' })).body).toMatchObject({ notices: [], acceptRequired: false });

    const diff = await t.client().get('/api/privacy/policies/diff?from=1.0&to=1.5');
    const changed = (op: string) => diff.body.lines.filter((l: { op: string }) => l.op === op).map((l: { text: string }) => l.text);
    expect(changed('removed')).toEqual([expect.stringContaining('It is deleted after 90 days.')]);
    expect(changed('added').sort()).toEqual(['', '', '# Version 1.5', expect.stringContaining('It is deleted after 60 days.'), 'This paragraph is new in 1.5.'].sort());
    expect((await t.client().get('/api/privacy/policies/diff?from=1.0&to=9.9')).body.error).toMatchObject({ code: 'INKLESS_API_NOT_FOUND', path: 'to' });
    const diffPage = await t.client().get('/privacy/diff?from=1.0&to=1.5');
    expect(diffPage.raw).toContain('<tr class="added"><td>+</td><td>This paragraph is new in 1.5.</td></tr>');
    expect((await t.client().get('/privacy')).raw).toContain('href="/privacy/diff?from=1.0&amp;to=1.5"');

    // A major change, announced two weeks ahead: a notice, no gate yet; unreleased versions stay invisible.
    await publishPolicyVersion(db, laterVersion('3.0', new Date(now.getTime() + 300 * DAY_MS), new Date(now.getTime() + 301 * DAY_MS), 'Not released yet.'));
    await publishPolicyVersion(db, laterVersion('2.0', now, new Date(now.getTime() + 14 * DAY_MS), 'Partners may be named per country.'));
    const ahead = (await c.get('/api/privacy/notice')).body;
    expect(ahead).toMatchObject({ acceptRequired: false, notices: [{ kind: 'upcoming', version: '2.0', change: 'major', url: '/privacy/diff?from=1.5&to=2.0' }] });
    expect((await c.post('/api/me/recent', { templateId: template!.id })).body.recorded).toBe(true);
    expect((await t.client().get('/api/privacy/policies')).body.versions.map((v: { version: string }) => v.version)).toEqual(['2.0', '1.5', '1.0']);
    expect((await t.client().get('/api/privacy/policies/3.0')).status).toBe(404);

    // In effect: consent-based features answer 428 until the user accepts; the rest works.
    t.clock.advance(15 * DAY_MS);
    const signIn = t.client();
    expect((await signIn.logIn(address)).status).toBe(200);
    const gate = (await signIn.get('/api/privacy/notice')).body;
    expect(gate).toMatchObject({ acceptRequired: true, notices: [{ kind: 'changed', version: '2.0', change: 'major', url: '/privacy/diff?from=1.5&to=2.0' }] });
    const blocked = await signIn.post('/api/me/recent', { templateId: template!.id });
    expect(blocked.status).toBe(428);
    expect(blocked.body.error.code).toBe('INKLESS_PRIVACY_POLICY_NOT_ACCEPTED');
    expect((await signIn.get('/api/me/recent')).status).toBe(428);
    expect((await signIn.post('/api/privacy/consent', { marketingEmail: true })).status).toBe(428);
    expect((await signIn.get('/api/privacy/consent')).body).toMatchObject({ preferences: false, marketingEmail: false, policy: { current: '2.0', accepted: '1.5', acceptRequired: true } });
    expect(await recipients()).not.toContain(user.id);
    expect((await signIn.get('/api/me')).status).toBe(200);
    expect((await signIn.get('/api/me/access-log')).status).toBe(200);

    expect((await signIn.post('/api/privacy/accept-policy', { version: '2.0' })).body).toMatchObject({ acceptRequired: false, notices: [] });
    expect((await signIn.post('/api/me/recent', { templateId: template!.id })).body.recorded).toBe(true);
    expect(await recipients()).toContain(user.id);
    const [row] = await db.query<{ source: string }>("SELECT source FROM consent_ledger WHERE user_id = $1 AND purpose = 'policy' AND policy_version = '2.0'", [user.id]);
    expect(row!.source).toBe('policy-notice');
  });

  it('lets a user withdraw a consent while a major change waits for acceptance', async () => {
    const c = t.client();
    await c.signUp(email());
    const [latest] = await t.database.db.query<{ version: string }>('SELECT version FROM policy_versions WHERE released_at <= $1 ORDER BY major DESC, minor DESC LIMIT 1', [t.clock.now()]);
    await publishPolicyVersion(t.database.db, laterVersion('4.0', t.clock.now(), t.clock.now(), `Major change after ${latest!.version}.`));
    expect((await c.get('/api/privacy/notice')).body.acceptRequired).toBe(true);
    expect((await c.post('/api/privacy/consent', { marketingEmail: false, preferences: false })).status).toBe(200);
    expect((await c.post('/api/privacy/consent', { preferences: true })).status).toBe(428);
  });
});

describe('the shipped policy versions', () => {
  it('1.1 differs from 1.0 only where the access log may name the template a request was about', () => {
    const [first, second] = shippedPolicies;
    expect(second).toMatchObject({ version: '1.1' });
    const changed = (a: string, b: string) => a.split('\n').filter((line) => !b.split('\n').includes(line));
    expect(changed(second!.body, first!.body)).toEqual([expect.stringContaining('except which of your templates a request was about')]);
    expect(changed(first!.body, second!.body)).toEqual([expect.stringContaining('never the search words or other values in the address)')]);
  });
});
