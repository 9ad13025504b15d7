import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// Test-only (docs/decisions/004): the server's TOTP code generator.
import { generateTotp } from '../../server/src/auth/totp';
import { followLink, studioLinkIn, useStudioWithMail } from './support/mailed-links';
import { ARTIFACTS, openStudioContext, signUpThroughUi } from './support/studio-suite';

const PASSWORD = 'copper-meadow-lantern-42';

/** Six digits that are not the code of this step or its neighbours (the server accepts those). */
function wrongCode(secret: string): string {
  const now = Date.now();
  const valid = new Set([-30_000, 0, 30_000].map((d) => generateTotp(secret, new Date(now + d))));
  return ['000000', '111111', '222222', '333333'].find((c) => !valid.has(c))!;
}

/** Clicks a sign-in button and waits for the server's answer to `path`, so the next step sees its outcome. */
async function submitAndWait(page: Page, button: Locator, path: string): Promise<void> {
  await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().method() === 'POST'), button.click()]);
}

describe('sign-in protection in the studio, in Chromium', () => {
  const { fixture, mail: smtp } = useStudioWithMail();

  it('after three wrong codes the form is back at the password, and signing in again works without a reload; a mailed link asks for the code too', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await signUpThroughUi(page, { name: 'Lin', email: 'lin@example.test', password: PASSWORD });
    await smtp.waitFor('lin@example.test');
    const account = page.locator('dialog[data-screen="account"]');
    await account.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await account.getByTestId('totp-secret').textContent())!;
    await account.getByLabel('Code from the authenticator app (or a recovery code)').fill(generateTotp(secret, new Date()));
    await account.getByRole('button', { name: 'Turn on' }).click();
    await account.locator('.recovery-codes code').first().waitFor();
    const recoveryCodes = await account.locator('.recovery-codes code').allTextContents();
    await account.getByRole('button', { name: 'Sign out', exact: true }).click();
    // The studio sends a fresh CSRF token once the server ended the half-finished sign-in, not the stale one.
    const refused: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 403) refused.push(`${r.request().method()} ${new URL(r.url()).pathname}`);
    });

    await account.getByLabel('Email', { exact: true }).fill('lin@example.test');
    await account.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await submitAndWait(page, account.getByRole('button', { name: 'Sign in', exact: true }), '/api/auth/login');
    const codeField = account.getByLabel('Code from the authenticator app (or a recovery code)');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await codeField.fill(wrongCode(secret));
      await submitAndWait(page, account.getByRole('button', { name: 'Sign in', exact: true }), '/api/auth/login/mfa');
      await expect.poll(() => account.getByRole('alert').textContent()).toContain('that code is wrong');
    }
    // The server ended the half-finished sign-in: the studio shows the password form again, and says why.
    await account.locator('#auth-title').waitFor();
    expect(await account.getByRole('alert').textContent()).toContain('this sign-in has ended; sign in with email and password again');
    expect(await account.locator('#mfa-title').count()).toBe(0);

    // Signing in again, in the same page: the CSRF token of the ended sign-in is not in the way.
    await account.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await submitAndWait(page, account.getByRole('button', { name: 'Sign in', exact: true }), '/api/auth/login');
    await account.locator('#mfa-title').waitFor();
    // The code form has a way back to the password: the half-finished sign-in ends on the server too.
    await account.getByRole('button', { name: 'Back to sign in' }).click();
    await account.locator('#auth-title').waitFor();
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.json()).then((b: { error: { code: string } }) => b.error.code))).toBe('INKLESS_API_UNAUTHENTICATED');
    await account.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await submitAndWait(page, account.getByRole('button', { name: 'Sign in', exact: true }), '/api/auth/login');
    await account.locator('#mfa-title').waitFor();
    await codeField.fill(recoveryCodes[0]!);
    await account.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => account.locator('#profile-title').textContent()).toBe('Signed in as Lin');
    expect(refused).toEqual([]);
    await account.getByRole('button', { name: 'Sign out', exact: true }).click();

    // A mailed sign-in link does not skip the second factor.
    await account.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await account.getByLabel('Email', { exact: true }).fill('lin@example.test');
    await account.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await account.getByTestId('sign-in-link-requested').waitFor();
    const mail = await smtp.waitFor('lin@example.test');
    expect(mail.subject).toBe('Your Inkless sign-in link');
    await followLink(page, studioLinkIn(mail.text, fixture.origin, '/sign-in-link'));
    const screen = page.locator('dialog[data-screen="sign-in-link"]');
    await screen.locator('#mfa-title').waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/');
    await screen.getByLabel('Code from the authenticator app (or a recovery code)').fill(recoveryCodes[1]!);
    await screen.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => screen.getByTestId('sign-in-link-outcome').textContent()).toBe('You are signed in as Lin.');
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.json()))).toMatchObject({ user: { email: 'lin@example.test' } });
    await context.close();
  });

  it('a paused sign-in says how long in plain words and offers a mailed link, which signs in once', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await signUpThroughUi(page, { name: 'Kai', email: 'kai@example.test', password: PASSWORD });
    await smtp.waitFor('kai@example.test');
    const account = page.locator('dialog[data-screen="account"]');
    await account.getByRole('button', { name: 'Sign out', exact: true }).click();
    // Until the sign-out is done the screen still shows the account, whose email section is also labelled "Email".
    const signInButton = account.getByRole('button', { name: 'Sign in', exact: true });
    await signInButton.waitFor();

    await account.getByLabel('Email', { exact: true }).fill('kai@example.test');
    await account.getByLabel('Password', { exact: true }).fill('not-the-password-1');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitAndWait(page, signInButton, '/api/auth/login');
      await expect.poll(() => account.getByRole('alert').textContent()).toContain('the email or the password is wrong');
    }
    await submitAndWait(page, signInButton, '/api/auth/login');
    const paused = account.getByTestId('sign-in-paused');
    await expect.poll(() => paused.locator('p').textContent())
      .toBe('Signing in to this account is paused after too many wrong passwords or codes. Try again in 1 minute, or sign in with a link we email you.');
    expect(await paused.textContent()).not.toMatch(/POST \/api|INKLESS_|at \w+ \(/);
    await page.screenshot({ path: `${ARTIFACTS}studio-sign-in-paused.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}studio-sign-in-paused-phone.png` });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The link form has the address filled in; an address without an account gets the same answer.
    await paused.getByRole('button', { name: 'Email me a sign-in link' }).click();
    expect(await account.getByLabel('Email', { exact: true }).inputValue()).toBe('kai@example.test');
    await account.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await expect.poll(() => account.getByTestId('sign-in-link-requested').textContent())
      .toBe('If an account exists for kai@example.test, a sign-in link is on its way. Look in your inbox (and the spam folder).');
    await account.getByLabel('Email', { exact: true }).fill('nobody@example.test');
    await account.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await expect.poll(() => account.getByTestId('sign-in-link-requested').textContent())
      .toBe('If an account exists for nobody@example.test, a sign-in link is on its way. Look in your inbox (and the spam folder).');

    const link = studioLinkIn((await smtp.waitFor('kai@example.test')).text, fixture.origin, '/sign-in-link');
    await followLink(page, link);
    const screen = page.locator('dialog[data-screen="sign-in-link"]');
    await expect.poll(() => screen.getByTestId('sign-in-link-outcome').textContent()).toBe('You are signed in as Kai.');
    expect(await page.locator('[data-testid="account-status"]').textContent()).toBe('Signed in as Kai');
    await page.screenshot({ path: `${ARTIFACTS}studio-sign-in-link.png` });

    // The same link again: used, said so, and a new one can be asked for right there.
    await followLink(page, link);
    await expect.poll(() => screen.getByTestId('sign-in-link-outcome').getAttribute('data-outcome')).toBe('failed');
    expect(await screen.getByTestId('sign-in-link-outcome').textContent()).toBe('This sign-in link is used or expired: each link works once, within 15 minutes.');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}studio-sign-in-link-used-phone.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await screen.getByLabel('Email', { exact: true }).fill('kai@example.test');
    await screen.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await screen.getByTestId('sign-in-link-requested').waitFor();
    expect((await smtp.waitFor('kai@example.test')).subject).toBe('Your Inkless sign-in link');
    await page.screenshot({ path: `${ARTIFACTS}studio-sign-in-link-used.png` });
    await context.close();
  });
});
