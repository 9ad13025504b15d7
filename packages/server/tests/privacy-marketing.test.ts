import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../src/mail/mailer';
import { sendMarketingEmail } from '../src/privacy/marketing';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const roomyLimits = { loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 }, signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 } };

describe.each(databaseKinds)('marketing email and one-click unsubscribe on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  let campaign = 0;
  const email = () => `news${++n}-${kind}@example.test`;
  const marketingContext = () => ({ db: t.database.db, mailer: createSmtpMailer(t.smtp.url, 'Inkless news <news@localhost>'), clock: () => t.clock.now(), publicUrl: 'http://localhost:3000' });
  /** Sends a campaign with a subject of its own; answers who got it. */
  const sendCampaign = async () => {
    const subject = `Inkless news ${kind} #${++campaign}`;
    const result = await sendMarketingEmail(marketingContext(), { subject, text: 'New printer profiles are in.' });
    const mails = t.smtp.mails.filter((m) => m.subject === subject);
    expect(mails).toHaveLength(result.sent);
    return mails;
  };
  /** A signed-up user with a confirmed address (from the mailed link). */
  const confirmedUser = async (): Promise<{ c: ApiClient; address: string; id: string }> => {
    const address = email();
    const c = t.client();
    const user = await c.signUp(address);
    const mail = await t.smtp.waitFor(address);
    expect((await c.post('/api/auth/verify-email', { token: /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1] })).status).toBe(200);
    return { c, address, id: user.id };
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: roomyLimits });
  });
  afterAll(() => t.close());

  it('mails only users who opted in (and confirmed their address), each mail with RFC 8058 one-click headers', async () => {
    const optedIn = await confirmedUser();
    await optedIn.c.post('/api/privacy/consent', { marketingEmail: true });
    const silent = await confirmedUser();
    await silent.c.post('/api/privacy/consent', { preferences: true });
    const changedMind = await confirmedUser();
    await changedMind.c.post('/api/privacy/consent', { marketingEmail: true });
    await changedMind.c.post('/api/privacy/consent', { marketingEmail: false });
    const unconfirmed = t.client();
    const unconfirmedAddress = email();
    await unconfirmed.signUp(unconfirmedAddress);
    await unconfirmed.post('/api/privacy/consent', { marketingEmail: true });

    const mails = await sendCampaign();
    const recipients = mails.flatMap((m) => m.to);
    expect(recipients).toContain(optedIn.address);
    for (const address of [silent.address, changedMind.address, unconfirmedAddress]) expect(recipients).not.toContain(address);
    const mail = mails.find((m) => m.to.includes(optedIn.address))!;
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/api\/privacy\/unsubscribe\?token=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}>$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(mail.headers['list-unsubscribe']!.slice(1, -1));
  });

  it('unsubscribes with one POST to the mailed link, without a session or CSRF token, idempotently and before the next send', async () => {
    const user = await confirmedUser();
    await user.c.post('/api/privacy/consent', { marketingEmail: true });
    const mail = (await sendCampaign()).find((m) => m.to.includes(user.address))!;
    const url = mail.headers['list-unsubscribe']!.slice(1, -1).replace('http://localhost:3000', '');

    // Opening the link (or a mail scanner fetching it) changes nothing.
    const page = await t.client().get(url);
    expect(page.status).toBe(200);
    expect(page.raw).toContain('<form method="post"');
    expect((await user.c.get('/api/privacy/consent')).body.marketingEmail).toBe(true);

    const mailClient = t.client();
    const oneClick = await mailClient.request('POST', url, 'List-Unsubscribe=One-Click', { csrf: false, headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' } });
    expect(oneClick.status).toBe(200);
    expect(oneClick.body).toEqual({ unsubscribed: true });
    expect(mailClient.cookies.size).toBe(0);
    const again = await t.client().request('POST', url, '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n', { csrf: false, headers: { 'content-type': 'multipart/form-data; boundary=x' } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ unsubscribed: true });
    const rows = await t.database.db.query<{ action: string; source: string }>("SELECT action, source FROM consent_ledger WHERE user_id = $1 AND purpose = 'marketing-email' ORDER BY seq", [user.id]);
    expect(rows).toEqual([{ action: 'grant', source: 'consent-choice' }, { action: 'withdraw', source: 'unsubscribe-link' }]);
    expect((await user.c.get('/api/privacy/consent')).body.marketingEmail).toBe(false);
    expect((await sendCampaign()).flatMap((m) => m.to)).not.toContain(user.address);
    expect((await t.client().get(url)).raw).toContain('You are unsubscribed');
    const browser = await t.client().request('POST', url, 'List-Unsubscribe=One-Click', { csrf: false, headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' } });
    expect(browser.raw).toContain('<h1>Unsubscribed</h1>');
  });

  it('refuses a damaged or forged token, and the link cannot be turned against another user', async () => {
    const user = await confirmedUser();
    await user.c.post('/api/privacy/consent', { marketingEmail: true });
    const other = await confirmedUser();
    await other.c.post('/api/privacy/consent', { marketingEmail: true });
    const mail = (await sendCampaign()).find((m) => m.to.includes(user.address))!;
    const token = /token=([^>]+)>/.exec(mail.headers['list-unsubscribe']!)![1]!;
    const otherId = Buffer.from(other.id.replace(/-/g, ''), 'hex').toString('base64url');
    const [, signature] = token.split('.');
    for (const bad of [token.slice(0, -3), `${otherId}.${signature}`, 'nonsense']) {
      const res = await t.client().request('POST', `/api/privacy/unsubscribe?token=${encodeURIComponent(bad)}`, 'List-Unsubscribe=One-Click', { csrf: false, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.status, bad).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'INKLESS_PRIVACY_LINK_INVALID', path: 'token' });
      expect((await t.client().get(`/api/privacy/unsubscribe?token=${encodeURIComponent(bad)}`)).status).toBe(400);
    }
    expect((await t.client().request('POST', '/api/privacy/unsubscribe', '', { csrf: false })).status).toBe(400);
    expect((await other.c.get('/api/privacy/consent')).body.marketingEmail).toBe(true);
    expect((await user.c.get('/api/privacy/consent')).body.marketingEmail).toBe(true);
    // Form bodies are accepted by the unsubscribe route only.
    const form = await user.c.request('POST', '/api/privacy/consent', 'marketingEmail=false', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
  });
});
