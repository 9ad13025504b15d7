import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CODES_PER_SIGN_IN } from '../src/auth/mfa-routes';
import { pruneRateLimits } from '../src/auth/rate-limit';
import { accountKey, signInThrottleRules } from '../src/auth/sign-in-throttle';
import { eraseAccount } from '../src/privacy/account-erasure';
import { generateTotp } from '../src/auth/totp';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const PASSWORD = 'correct horse battery staple';
const WRONG = 'not the password at all';
const linkToken = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)![1]!;
const { pair, account, address } = signInThrottleRules;

describe.each(databaseKinds)('sign-in throttling on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const email = () => `throttle${++n}-${kind}@example.test`;
  let lastAddress = 0;
  /** A browser at an address of its own (the app trusts X-Forwarded-For from loopback, as behind a proxy). */
  const clientAt = (ip = `198.51.100.${++lastAddress}`): ApiClient => {
    const c = t.client();
    c.headers['x-forwarded-for'] = ip;
    return c;
  };
  const enrolTwoFactor = async (c: ApiClient): Promise<string> => {
    const setup = await c.post('/api/me/2fa/setup');
    expect((await c.post('/api/me/2fa/enable', { code: generateTotp(setup.body.secret, t.clock.now()) })).status).toBe(200);
    t.clock.advance(60_000);
    return setup.body.secret;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, {
      trustProxy: ['127.0.0.1'],
      limits: {
        loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 },
        signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 },
        mailPerIp: { name: 'mail-ip', max: 10_000, windowSeconds: 60 },
        mailPerAccount: { name: 'mail-account', max: 10_000, windowSeconds: 60 },
      },
    });
  });
  afterAll(() => t.close());

  it('ends a half-finished sign-in after a few wrong second-factor codes: the right code no longer works in it', async () => {
    const owner = email();
    const secret = await enrolTwoFactor(await signedUp(clientAt(), owner));
    const guesser = clientAt();
    expect((await guesser.logIn(owner)).body).toEqual({ mfaRequired: true });
    const answers = [];
    for (let i = 0; i < MAX_CODES_PER_SIGN_IN; i++) answers.push(await guesser.post('/api/auth/login/mfa', { code: String(100_000 + i) }));
    expect(answers.map((a) => a.body.error.code)).toEqual(Array(MAX_CODES_PER_SIGN_IN).fill('INKLESS_AUTH_MFA_INVALID'));
    expect(answers.at(-1)!.body.error.message).toMatch(/last try: this sign-in has ended; sign in with email and password again/);
    await guesser.refreshCsrf();
    const late = await guesser.post('/api/auth/login/mfa', { code: generateTotp(secret, t.clock.now()) });
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe('INKLESS_API_UNAUTHENTICATED');
    expect((await guesser.get('/api/me')).status).toBe(401);
  });

  it('checks at most the allowed codes of a parallel burst on one half-finished sign-in', async () => {
    const owner = email();
    await enrolTwoFactor(await signedUp(clientAt(), owner));
    const guesser = clientAt();
    await guesser.logIn(owner);
    await guesser.refreshCsrf();
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => guesser.post('/api/auth/login/mfa', { code: String(200_000 + i) })));
    const codes = burst.map((r) => r.body.error.code);
    expect(codes.filter((c) => c === 'INKLESS_AUTH_MFA_INVALID')).toHaveLength(MAX_CODES_PER_SIGN_IN);
    // The rest are refused before any code is looked at: the sign-in has ended (or, for a request that
    // arrives once its session is gone, the request-forgery token bound to that session is void).
    const refusedUnchecked = codes.filter((c) => c === 'INKLESS_API_UNAUTHENTICATED' || c === 'INKLESS_API_CSRF');
    expect(refusedUnchecked).toHaveLength(20 - MAX_CODES_PER_SIGN_IN);
  });

  it('counts wrong codes toward the account: signing in again for fresh tries is paused, even with the right password', async () => {
    const owner = email();
    const secret = await enrolTwoFactor(await signedUp(clientAt(), owner));
    const guesser = clientAt();
    let wrongCodes = 0;
    let refused;
    for (let round = 0; round < 10 && !refused; round++) {
      await guesser.refreshCsrf(); // the ended sign-in's token is void, as in a browser
      const signIn = await guesser.logIn(owner);
      if (signIn.status === 429) refused = signIn;
      for (let i = 0; i < MAX_CODES_PER_SIGN_IN && !refused; i++) {
        const answer = await guesser.post('/api/auth/login/mfa', { code: String(300_000 + wrongCodes) });
        if (answer.status === 429) refused = answer;
        else if (answer.body.error.code === 'INKLESS_AUTH_MFA_INVALID') wrongCodes++;
      }
    }
    expect(wrongCodes).toBe(pair.freeFailures);
    expect(refused!.body.error.code).toBe('INKLESS_API_LOCKED');
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    const again = await guesser.logIn(owner);
    expect([again.status, again.body.error.code]).toEqual([429, 'INKLESS_API_LOCKED']);
    // The owner, elsewhere, is not held back by it.
    const phone = clientAt();
    expect((await phone.logIn(owner)).body).toEqual({ mfaRequired: true });
    expect((await phone.post('/api/auth/login/mfa', { code: generateTotp(secret, t.clock.now()) })).status).toBe(200);
  });

  it('limits guesses of the current password at password change and re-authentication like sign-in, in one count', async () => {
    const owner = email();
    const c = await signedUp(clientAt(), owner);
    const statuses: number[] = [];
    for (let i = 0; i < pair.freeFailures; i++) {
      const res = i % 2 === 0
        ? await c.post('/api/me/password', { currentPassword: `${WRONG} ${i}`, newPassword: 'an even better phrase' })
        : await c.post('/api/auth/reauthenticate', { password: `${WRONG} ${i}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual(Array(pair.freeFailures).fill(401));
    const paused = await c.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'an even better phrase' });
    expect([paused.status, paused.body.error.code]).toEqual([429, 'INKLESS_API_LOCKED']);
    expect(Number(paused.headers['retry-after'])).toBe(pair.firstPauseMs / 1000);
    expect((await c.post('/api/auth/reauthenticate', { password: PASSWORD })).status).toBe(429);
    t.clock.advance(pair.firstPauseMs);
    expect((await c.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'an even better phrase' })).status).toBe(200);
  });

  it('slows one address guessing one account with pauses that double, and does not stop the owner signing in from another address', async () => {
    const owner = email();
    await signedUp(clientAt(), owner);
    const attacker = clientAt();
    let checked = 0;
    const pauses: number[] = [];
    while (checked < pair.freeFailures + 8) {
      const res = await attacker.logIn(owner, `${WRONG} ${checked}`);
      if (res.status === 401) {
        checked++;
        continue;
      }
      expect([res.status, res.body.error.code]).toEqual([429, 'INKLESS_API_LOCKED']);
      pauses.push(Number(res.headers['retry-after']));
      t.clock.advance(Number(res.headers['retry-after']) * 1000);
    }
    expect(pauses).toEqual(Array.from({ length: 8 }, (_, i) => (pair.firstPauseMs / 1000) * 2 ** i));
    const stillPaused = await attacker.logIn(owner, PASSWORD);
    expect([stillPaused.status, Number(stillPaused.headers['retry-after'])]).toEqual([429, (pair.firstPauseMs / 1000) * 2 ** 8]);
    // Thirteen wrong passwords, far past the old lockout of five: the owner at home signs in with the password.
    expect((await clientAt().logIn(owner)).status).toBe(200);
  });

  it('pauses password sign-in for everyone once many addresses have guessed; the owner signs in with a mailed link meanwhile', async () => {
    const owner = email();
    await signedUp(clientAt(), owner);
    const addresses = Math.ceil(account.freeFailures / pair.freeFailures);
    for (let a = 0; a < addresses; a++) {
      const bot = clientAt();
      for (let i = 0; i < pair.freeFailures; i++) expect((await bot.logIn(owner, `${WRONG} ${a}.${i}`)).status).toBe(401);
    }
    const next = await clientAt().logIn(owner, WRONG);
    expect([next.status, next.body.error.code]).toEqual([429, 'INKLESS_API_LOCKED']);
    expect(next.body.error.message).toMatch(/from many places.*POST \/api\/auth\/login-link/);
    expect(Number(next.headers['retry-after'])).toBe(account.firstPauseMs / 1000);
    const home = clientAt();
    expect((await home.logIn(owner)).status).toBe(429);
    expect((await home.post('/api/auth/login-link', { email: owner })).status).toBe(202);
    const mail = await t.smtp.waitFor(owner);
    expect(mail.subject).toMatch(/sign-in link/);
    const signedIn = await home.post('/api/auth/login-link/confirm', { token: linkToken(mail.text) });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.email).toBe(owner);
    expect((await home.get('/api/me')).status).toBe(200);
  });

  it('mails a sign-in link that works once and expires, and answers alike for an unknown email', async () => {
    const owner = email();
    await signedUp(clientAt(), owner);
    const anon = clientAt();
    const known = await anon.post('/api/auth/login-link', { email: owner });
    const unknown = await anon.post('/api/auth/login-link', { email: email() });
    expect(known.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    const token = linkToken((await t.smtp.waitFor(owner)).text);
    expect((await clientAt().post('/api/auth/login-link/confirm', { token })).status).toBe(200);
    const again = await clientAt().post('/api/auth/login-link/confirm', { token });
    expect([again.status, again.body.error.code, again.body.error.path]).toEqual([400, 'INKLESS_AUTH_TOKEN_INVALID', 'token']);
    await anon.post('/api/auth/login-link', { email: owner });
    const late = linkToken((await t.smtp.waitFor(owner)).text);
    t.clock.advance(15 * 60_000 + 1000);
    const expired = await clientAt().post('/api/auth/login-link/confirm', { token: late });
    expect(expired.body.error.code).toBe('INKLESS_AUTH_TOKEN_INVALID');
  });

  it('takes only sign-in links as sign-in links, and refuses an account secured after a leak', async () => {
    const owner = email();
    const c = await signedUp(clientAt(), owner);
    await clientAt().post('/api/auth/password-reset', { email: owner });
    const resetToken = linkToken((await t.smtp.waitFor(owner)).text);
    expect((await clientAt().post('/api/auth/login-link/confirm', { token: resetToken })).body.error.code).toBe('INKLESS_AUTH_TOKEN_INVALID');
    await clientAt().post('/api/auth/login-link', { email: owner });
    const token = linkToken((await t.smtp.waitFor(owner)).text);
    expect((await c.post('/api/me/secure-account')).status).toBe(200);
    const refused = await clientAt().post('/api/auth/login-link/confirm', { token });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'INKLESS_AUTH_RESET_REQUIRED']);
  });

  it('asks for the second factor after a sign-in link, even while the account-wide pause holds', async () => {
    const owner = email();
    const secret = await enrolTwoFactor(await signedUp(clientAt(), owner));
    for (let a = 0; a < Math.ceil(account.freeFailures / pair.freeFailures); a++) {
      const bot = clientAt();
      for (let i = 0; i < pair.freeFailures; i++) await bot.logIn(owner, `${WRONG} ${a}.${i}`);
    }
    expect((await clientAt().logIn(owner)).body.error.code).toBe('INKLESS_API_LOCKED');
    const home = clientAt();
    await home.post('/api/auth/login-link', { email: owner });
    const confirmed = await home.post('/api/auth/login-link/confirm', { token: linkToken((await t.smtp.waitFor(owner)).text) });
    expect(confirmed.body).toEqual({ mfaRequired: true });
    expect((await home.get('/api/me')).body.error.code).toBe('INKLESS_AUTH_MFA_REQUIRED');
    expect((await home.post('/api/auth/login/mfa', { code: generateTotp(secret, t.clock.now()) })).status).toBe(200);
    expect((await home.get('/api/me')).body.user.email).toBe(owner);
  });

  it('pauses one address trying many accounts, and counts an unknown email exactly like a known one', async () => {
    const sprayer = clientAt();
    const statuses: number[] = [];
    for (let i = 0; i <= address.freeFailures; i++) statuses.push((await sprayer.logIn(email(), WRONG)).status);
    expect(statuses).toEqual([...Array(address.freeFailures).fill(401), 429]);
    const refused = await sprayer.logIn(email(), WRONG);
    expect(refused.body.error.code).toBe('INKLESS_API_RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBe(address.firstPauseMs / 1000);
    expect((await clientAt().logIn(email(), WRONG)).status).toBe(401);

    const real = email();
    await signedUp(clientAt(), real);
    const [onReal, onNobody] = [clientAt(), clientAt()];
    const nobody = email().replace('throttle', 'nobody');
    for (let i = 0; i <= pair.freeFailures; i++) {
      const a = await onReal.logIn(real, WRONG);
      const b = await onNobody.logIn(nobody, WRONG);
      if (i === pair.freeFailures) expect(a.status).toBe(429);
      expect([a.status, a.headers['retry-after']]).toEqual([b.status, b.headers['retry-after']]);
      expect(a.body).toEqual(b.body);
    }
  });

  it('counts an IPv6 client by its /64, so hopping between its addresses buys no fresh attempts', async () => {
    const owner = email();
    await signedUp(clientAt(), owner);
    const statuses: number[] = [];
    for (let i = 1; i <= pair.freeFailures + 1; i++) statuses.push((await clientAt(`2001:db8:77:1::${i.toString(16)}`).logIn(owner, WRONG)).status);
    expect(statuses).toEqual([...Array(pair.freeFailures).fill(401), 429]);
    expect((await clientAt('2001:db8:77:2::1').logIn(owner)).status).toBe(200);
  });

  it('keeps the counters under a hash of the email, drops them a day after the last attempt, and erases them with the account', async () => {
    const owner = email();
    const c = await signedUp(clientAt(), owner);
    const me = (await c.get('/api/me')).body.user;
    const other = email();
    await signedUp(clientAt(), other);
    for (const who of [owner, other]) for (let i = 0; i < 2; i++) await clientAt().logIn(who, WRONG);
    const rows = () => t.database.db.query<{ scope: string; account_hash: string }>('SELECT scope, account_hash FROM sign_in_throttle WHERE account_hash IN ($1, $2)', [accountKey(owner), accountKey(other)]);
    expect((await rows()).length).toBe(6);
    expect(JSON.stringify(await t.database.db.query('SELECT * FROM sign_in_throttle'))).not.toContain(owner.split('@')[0]);
    await t.database.db.transaction((tx) => eraseAccount(tx, me.id, 'remove'));
    expect((await rows()).map((r) => r.account_hash)).toEqual(Array(3).fill(accountKey(other)));
    t.clock.advance(86_400_000 - 1000);
    await pruneRateLimits(t.database.db, () => t.clock.now());
    expect(await rows()).toHaveLength(3);
    t.clock.advance(2000);
    await pruneRateLimits(t.database.db, () => t.clock.now());
    expect(await rows()).toHaveLength(0);
  });

  async function signedUp(c: ApiClient, address: string): Promise<ApiClient> {
    await c.signUp(address);
    expect((await t.smtp.waitFor(address)).subject).toMatch(/Confirm your email/);
    return c;
  }
});
