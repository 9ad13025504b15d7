import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTotp } from '../src/auth/totp';
import { signInThrottleRules } from '../src/auth/sign-in-throttle';

const MAX_FAILED_LOGINS = signInThrottleRules.pair.freeFailures;
import { createTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const PASSWORD = 'correct horse battery staple';
const linkToken = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)![1]!;

describe.each(databaseKinds)('accounts on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const email = () => `user${++n}-${kind}@example.test`;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: { loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 }, signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 } } });
  });
  afterAll(() => t.close());

  it('signs up with email, password and name only, sets a secure session cookie and mails a link that confirms the email', async () => {
    const c = t.client();
    const address = email();
    const res = await c.post('/api/auth/signup', { email: address.toUpperCase(), password: PASSWORD, displayName: 'Ada' });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: address, displayName: 'Ada', emailVerified: false, role: 'user' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-sid=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    const mail = await t.smtp.waitFor(address);
    expect(mail.subject).toMatch(/Confirm your email/);
    const verified = await c.post('/api/auth/verify-email', { token: linkToken(mail.text) });
    expect(verified.status).toBe(200);
    expect((await c.get('/api/me')).body.user.emailVerified).toBe(true);
    expect((await c.post('/api/auth/verify-email', { token: linkToken(mail.text) })).body.error.code).toBe('INKLESS_AUTH_TOKEN_INVALID');
  });

  it('refuses unknown fields at sign-up (no role: admin), weak passwords and taken emails, saying which field', async () => {
    const c = t.client();
    const sneaky = await c.post('/api/auth/signup', { email: email(), password: PASSWORD, displayName: 'Eve', role: 'admin' });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST' });
    expect(sneaky.body.error.message).toContain('role');
    for (const password of ['short', 'password1', 'qwertyuiop']) {
      const weak = await c.post('/api/auth/signup', { email: email(), password, displayName: 'W' });
      expect(weak.status, password).toBe(400);
      expect(weak.body.error).toMatchObject({ code: 'INKLESS_AUTH_WEAK_PASSWORD', path: 'password' });
    }
    const address = email();
    await t.client().signUp(address);
    const taken = await c.post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Again' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'INKLESS_AUTH_EMAIL_TAKEN', path: 'email' });
    const missing = await c.post('/api/auth/signup', { email: 'not-an-email', password: PASSWORD, displayName: 'X' });
    expect(missing.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'email' });
  });

  it('stores the password as argon2id and never returns it', async () => {
    const address = email();
    const res = await t.client().post('/api/auth/signup', { email: address, password: PASSWORD, displayName: 'Hash' });
    expect(res.raw).not.toContain(PASSWORD);
    expect(res.raw).not.toContain('argon2');
    const [row] = await t.database.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [address]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const address = email();
    await t.client().signUp(address);
    const wrong = await t.client().logIn(address, 'not the password at all');
    const unknown = await t.client().logIn(email(), 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('gives a burst of parallel wrong passwords exactly the allowed tries, then locks the account', async () => {
    const address = email();
    await t.client().signUp(address);
    const attempts = await Promise.all(Array.from({ length: 20 }, () => t.client().logIn(address, 'wrong password guess')));
    const statuses = attempts.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILED_LOGINS);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - MAX_FAILED_LOGINS);
    const locked = await t.client().logIn(address);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('INKLESS_API_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(61_000);
    expect((await t.client().logIn(address)).status).toBe(200);
  });

  it('gives a new session id at sign-in, so a planted cookie is worth nothing (session fixation)', async () => {
    const address = email();
    await t.client().signUp(address);
    const victim = t.client();
    victim.cookies.set('__Host-sid', 'planted-by-the-attacker-0123456789abcdef');
    expect((await victim.logIn(address)).status).toBe(200);
    const real = victim.cookies.get('__Host-sid')!;
    expect(real).not.toBe('planted-by-the-attacker-0123456789abcdef');
    const attacker = t.client();
    attacker.cookies.set('__Host-sid', 'planted-by-the-attacker-0123456789abcdef');
    expect((await attacker.get('/api/me')).status).toBe(401);
    // A session the browser had before signing in again ends.
    const before = victim.cookies.get('__Host-sid')!;
    await victim.logIn(address);
    const stale = t.client();
    stale.cookies.set('__Host-sid', before);
    expect((await stale.get('/api/me')).status).toBe(401);
  });

  it('refuses state-changing requests without a CSRF token, from other sites, or with another session\'s token', async () => {
    const c = t.client();
    await c.signUp(email());
    const bare = await c.request('PATCH', '/api/me', { displayName: 'x' }, { csrf: false });
    expect(bare.status).toBe(403);
    expect(bare.body.error.code).toBe('INKLESS_API_CSRF');
    const crossSite = await c.request('PATCH', '/api/me', { displayName: 'x' }, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.body.error.code).toBe('INKLESS_API_CSRF');
    const fetchSite = await c.request('PATCH', '/api/me', { displayName: 'x' }, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchSite.body.error.code).toBe('INKLESS_API_CSRF');
    const other = t.client();
    await other.signUp(email());
    await other.refreshCsrf();
    const foreign = (await other.get<{ token: string }>('/api/auth/csrf')).body.token;
    const stolen = await c.request('PATCH', '/api/me', { displayName: 'x' }, { csrf: false, headers: { 'x-csrf-token': foreign } });
    expect(stolen.body.error.code).toBe('INKLESS_API_CSRF');
    // A form post from another site: urlencoded, no token, Origin of that site.
    const form = await c.request('POST', '/api/auth/logout', 'a=b', { csrf: false, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' } });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect((await c.get('/api/me')).status).toBe(200);
    const ok = await c.patch('/api/me', { displayName: 'Renamed' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.displayName).toBe('Renamed');
  });

  it('ends the session on the server at logout: the old cookie no longer works', async () => {
    const c = t.client();
    await c.signUp(email());
    const cookie = c.cookies.get('__Host-sid')!;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(c.cookies.has('__Host-sid')).toBe(false);
    const replay = t.client();
    replay.cookies.set('__Host-sid', cookie);
    expect((await replay.get('/api/me')).status).toBe(401);
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const local = await createTestApp(kind, { sessionTimeouts: { idleMinutes: 30, absoluteDays: 1 } });
    try {
      const c = local.client();
      await c.signUp(`idle-${kind}@example.test`);
      local.clock.advance(29 * 60_000);
      expect((await c.get('/api/me')).status).toBe(200);
      local.clock.advance(29 * 60_000);
      expect((await c.get('/api/me')).status).toBe(200);
      local.clock.advance(31 * 60_000);
      expect((await c.get('/api/me')).status).toBe(401);
      const d = local.client();
      await d.logIn(`idle-${kind}@example.test`);
      for (let i = 0; i < 100; i++) {
        local.clock.advance(25 * 60_000);
        if ((await d.get('/api/me')).status !== 200) break;
      }
      expect((await d.get('/api/me')).status).toBe(401);
      expect(local.clock.now().getTime() - new Date('2026-06-01T12:00:00Z').getTime()).toBeLessThan(3 * 86_400_000);
    } finally {
      await local.close();
    }
  });

  it('resets a forgotten password by mailed link, ending every session; the link works once', async () => {
    const address = email();
    const laptop = t.client();
    await laptop.signUp(address);
    const anon = t.client();
    const asked = await anon.post('/api/auth/password-reset', { email: address });
    expect(asked.status).toBe(202);
    const unknown = await anon.post('/api/auth/password-reset', { email: email() });
    expect(unknown.body).toEqual(asked.body);
    await t.smtp.waitFor(address);
    const mail = await t.smtp.waitFor(address);
    expect(mail.subject).toMatch(/Reset/);
    const token = linkToken(mail.text);
    expect((await anon.post('/api/auth/password-reset/confirm', { token, password: 'password' })).body.error.code).toBe('INKLESS_AUTH_WEAK_PASSWORD');
    expect((await anon.post('/api/auth/password-reset/confirm', { token, password: 'a brand new passphrase' })).status).toBe(200);
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await t.client().logIn(address)).status).toBe(401);
    expect((await t.client().logIn(address, 'a brand new passphrase')).status).toBe(200);
    expect((await anon.post('/api/auth/password-reset/confirm', { token, password: 'another new passphrase' })).body.error.code).toBe('INKLESS_AUTH_TOKEN_INVALID');
  });

  it('changes the password with the current one and ends the other sessions', async () => {
    const address = email();
    const a = t.client();
    await a.signUp(address);
    const b = t.client();
    await b.logIn(address);
    expect((await a.post('/api/me/password', { currentPassword: 'wrong one here', newPassword: 'an even better phrase' })).body.error.path).toBe('currentPassword');
    const changed = await a.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'an even better phrase' });
    expect(changed.body).toEqual({ endedSessions: 1 });
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
  });

  it('changes the email only after re-authentication and the new address confirms it; the old address is told', async () => {
    const address = email();
    const next = email();
    const c = t.client();
    await c.signUp(address);
    await t.smtp.waitFor(address);
    t.clock.advance(11 * 60_000);
    expect((await c.post('/api/me/email', { newEmail: next })).body.error.code).toBe('INKLESS_AUTH_REAUTH_REQUIRED');
    expect((await c.post('/api/auth/reauthenticate', { password: PASSWORD })).status).toBe(204);
    expect((await c.post('/api/me/email', { newEmail: next })).status).toBe(202);
    expect((await c.get('/api/me')).body.user.email).toBe(address);
    const mail = await t.smtp.waitFor(next);
    expect((await c.post('/api/auth/verify-email', { token: linkToken(mail.text) })).body.user).toMatchObject({ email: next, emailVerified: true });
    expect((await t.smtp.waitFor(address)).subject).toMatch(/email was changed/);
  });

  it('runs TOTP two-factor: enrol, sign in with a code, refuse replays, and accept each recovery code once', async () => {
    const address = email();
    const c = t.client();
    await c.signUp(address);
    const setup = await c.post('/api/me/2fa/setup');
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Inkless:/);
    expect((await c.post('/api/me/2fa/enable', { code: '000000' })).body.error.code).toBe('INKLESS_AUTH_MFA_INVALID');
    const enabled = await c.post('/api/me/2fa/enable', { code: generateTotp(setup.body.secret, t.clock.now()) });
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    t.clock.advance(60_000);

    const phone = t.client();
    expect((await phone.logIn(address)).body).toEqual({ mfaRequired: true });
    expect((await phone.get('/api/me')).body.error.code).toBe('INKLESS_AUTH_MFA_REQUIRED');
    expect((await phone.post('/api/auth/login/mfa', { code: '123456' })).status).toBe(401);
    const code = generateTotp(setup.body.secret, t.clock.now());
    expect((await phone.post('/api/auth/login/mfa', { code })).status).toBe(200);
    expect((await phone.get('/api/me')).body.user.twoFactor).toBe(true);

    const replay = t.client();
    await replay.logIn(address);
    expect((await replay.post('/api/auth/login/mfa', { code })).body.error.code).toBe('INKLESS_AUTH_MFA_INVALID');
    const recovery = enabled.body.recoveryCodes[0];
    expect((await replay.post('/api/auth/login/mfa', { code: recovery })).status).toBe(200);
    const again = t.client();
    await again.logIn(address);
    expect((await again.post('/api/auth/login/mfa', { code: recovery })).status).toBe(401);
  });

  it('lists sessions with browser, system and a truncated network, and ends one', async () => {
    const address = email();
    const a = t.client();
    await a.signUp(address);
    const b = t.client();
    b.headers['user-agent'] = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
    await b.logIn(address);
    const list = (await a.get('/api/me/sessions')).body.sessions;
    expect(list).toHaveLength(2);
    expect(list.find((s: { current: boolean }) => s.current)).toMatchObject({ browser: 'Chrome', os: 'Linux', device: 'desktop', network: '127.0.0.0/24' });
    const phone = list.find((s: { current: boolean }) => !s.current);
    expect(phone).toMatchObject({ browser: 'Safari', os: 'iOS', device: 'mobile' });
    expect((await a.delete(`/api/me/sessions/${phone.id}`)).status).toBe(204);
    expect((await b.get('/api/me')).status).toBe(401);
    expect((await a.get('/api/me')).status).toBe(200);
  });

  it('answers malformed and oversized bodies with 400/413 and a code, never a stack trace', async () => {
    const c = t.client();
    await c.refreshCsrf();
    const malformed = await c.request('POST', '/api/auth/login', '{"email":', { headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('INKLESS_API_BAD_REQUEST');
    const big = await c.request('POST', '/api/auth/login', JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }), { headers: { 'content-type': 'application/json' } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('INKLESS_API_BODY_TOO_LARGE');
    const missing = await c.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    for (const r of [malformed, big, missing]) expect(r.raw).not.toMatch(/at .*\.ts:\d+|node_modules|stack/);
  });
});

describe('sign-in rate limit per address', () => {
  it('answers 429 with Retry-After once an address has used its sign-in attempts', async () => {
    const t = await createTestApp('pglite', { limits: { loginPerIp: { name: 'login-ip', max: 3, windowSeconds: 60 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await t.client().logIn(`nobody${i}@example.test`, 'whatever it is')).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      t.clock.advance(60_000);
      expect((await t.client().logIn('nobody@example.test', 'whatever it is')).status).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe.each(databaseKinds)('secure my account on %s', (kind) => {
  it('ends every session at once, refuses sign-in until the password is reset by mail, and tells the user', async () => {
    const t = await createTestApp(kind);
    try {
      const laptop = t.client();
      await laptop.signUp(`secure-${kind}@example.test`);
      const phone = t.client();
      await phone.logIn(`secure-${kind}@example.test`);
      expect((await laptop.post('/api/me/secure-account')).status).toBe(200);
      expect((await laptop.get('/api/me')).status).toBe(401);
      expect((await phone.get('/api/me')).status).toBe(401);
      const blocked = await t.client().logIn(`secure-${kind}@example.test`);
      expect(blocked.body.error.code).toBe('INKLESS_AUTH_RESET_REQUIRED');
      await t.smtp.waitFor(`secure-${kind}@example.test`);
      expect((await t.smtp.waitFor(`secure-${kind}@example.test`)).subject).toMatch(/secured/);
      const reset = await t.smtp.waitFor(`secure-${kind}@example.test`);
      const token = /token=([A-Za-z0-9_-]+)/.exec(reset.text)![1];
      expect((await t.client().post('/api/auth/password-reset/confirm', { token, password: 'a fresh safe passphrase' })).status).toBe(200);
      expect((await t.client().logIn(`secure-${kind}@example.test`, 'a fresh safe passphrase')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
