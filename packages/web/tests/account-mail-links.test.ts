import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { followLink, studioLinkIn, useStudioWithMail } from './support/mailed-links';
import { ARTIFACTS, openStudioContext, signUpThroughUi } from './support/studio-suite';

const PASSWORD = 'copper-meadow-lantern-42';
const NEW_PASSWORD = 'violet-harbour-compass-93';

async function openAccount(page: Page): Promise<void> {
  await page.locator('[data-screen-button="account"]').click();
  await page.locator('dialog[data-screen="account"]').waitFor();
}

async function closeScreen(page: Page): Promise<void> {
  await page.locator('dialog[open] .screen-head button').click();
}

describe('mailed account links open the studio where they lead, in Chromium', () => {
  const { fixture, mail: smtp } = useStudioWithMail();

  it('confirms the email from the sign-up mail (and a resent one), then changes the address through its mailed link', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await signUpThroughUi(page, { name: 'Ada', email: 'ada@example.test', password: PASSWORD });
    await smtp.waitFor('ada@example.test');
    const email = page.locator('dialog[data-screen="account"] section[aria-labelledby="email-title"]');
    expect(await email.getByTestId('email-state').textContent()).toBe('ada@example.test is not confirmed yet: follow the link we mailed you.');
    await email.getByRole('button', { name: 'Send the confirmation link again' }).click();
    await expect.poll(() => email.getByTestId('email-outcome').textContent()).toBe('A new confirmation link is on its way to ada@example.test.');
    const resent = await smtp.waitFor('ada@example.test');
    expect(resent.subject).toBe('Confirm your email for Inkless');

    // The link opens the studio, which confirms the address and says so; the token leaves the address bar.
    const verifyLink = studioLinkIn(resent.text, fixture.origin);
    expect(new URL(verifyLink).pathname).toBe('/verify-email');
    await followLink(page, verifyLink);
    const verify = page.locator('dialog[data-screen="verify-email"]');
    await expect.poll(() => verify.getByTestId('verify-outcome').textContent()).toBe('Your email address ada@example.test is confirmed. Thank you.');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/');
    await page.screenshot({ path: `${ARTIFACTS}studio-verify-email.png` });
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.json()))).toMatchObject({ user: { emailVerified: true } });
    await closeScreen(page);
    await openAccount(page);
    await expect.poll(() => email.getByTestId('email-state').textContent()).toBe('ada@example.test (confirmed)');
    expect(await email.getByRole('button', { name: 'Send the confirmation link again' }).count()).toBe(0);

    // The same link again: used, said in plain words, no stack trace.
    await followLink(page, verifyLink);
    await expect.poll(() => verify.getByTestId('verify-outcome').getAttribute('data-outcome')).toBe('failed');
    const refusal = (await verify.getByTestId('verify-outcome').textContent())!;
    expect(refusal).toContain('this link is wrong, used or expired');
    expect(refusal).not.toMatch(/at \w+ \(|Error:/);
    await closeScreen(page);

    // Change the address: the password again, a link to the new address, the change when it is followed.
    await openAccount(page);
    await email.getByLabel('New email').fill('ada.lovelace@example.test');
    await email.getByLabel('Your password (to confirm it is you)').fill(PASSWORD);
    await email.getByRole('button', { name: 'Send a link to the new address' }).click();
    await expect.poll(() => email.getByTestId('email-outcome').textContent())
      .toBe('A link is on its way to ada.lovelace@example.test. Your address changes when you follow it; until then it stays ada@example.test.');
    const change = await smtp.waitFor('ada.lovelace@example.test');
    expect(change.subject).toBe('Confirm your new email for Inkless');
    await followLink(page, studioLinkIn(change.text, fixture.origin));
    await expect.poll(() => verify.getByTestId('verify-outcome').textContent()).toBe('Your email address ada.lovelace@example.test is confirmed. Thank you.');
    expect((await smtp.waitFor('ada@example.test')).subject).toBe('Your Inkless email was changed');
    await closeScreen(page);
    await openAccount(page);
    await expect.poll(() => email.getByTestId('email-state').textContent()).toBe('ada.lovelace@example.test (confirmed)');
    await context.close();
  });

  it('"Forgot password?" mails a link that opens a new-password form, and the new password signs in', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await signUpThroughUi(page, { name: 'Grace', email: 'grace@example.test', password: PASSWORD });
    await smtp.waitFor('grace@example.test');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();

    const account = page.locator('dialog[data-screen="account"]');
    await account.getByRole('button', { name: 'Forgot password?' }).click();
    await account.getByLabel('Email', { exact: true }).fill('grace@example.test');
    await account.getByRole('button', { name: 'Send me the link' }).click();
    await expect.poll(() => account.getByTestId('reset-requested').textContent()).toContain('If an account exists for grace@example.test, a mail with the link is on its way');
    // An address without an account gets the same answer (nobody can probe for accounts here).
    await account.getByLabel('Email', { exact: true }).fill('nobody@example.test');
    await account.getByRole('button', { name: 'Send me the link' }).click();
    await expect.poll(() => account.getByTestId('reset-requested').textContent()).toContain('If an account exists for nobody@example.test');
    await page.screenshot({ path: `${ARTIFACTS}studio-forgot-password.png` });

    const mail = await smtp.waitFor('grace@example.test');
    expect(mail.subject).toBe('Reset your Inkless password');
    const link = studioLinkIn(mail.text, fixture.origin);
    expect(new URL(link).pathname).toBe('/reset-password');
    await followLink(page, link);
    const reset = page.locator('dialog[data-screen="reset-password"]');
    // A weak password is refused in plain words, beside the form.
    await reset.getByLabel('New password', { exact: true }).fill('password');
    await reset.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => reset.getByRole('alert').textContent()).toMatch(/\w/);
    expect(await reset.getByRole('alert').textContent()).not.toMatch(/at \w+ \(|Error:/);
    await reset.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await reset.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => reset.getByTestId('password-reset-done').textContent()).toContain('Your new password is set');
    await page.screenshot({ path: `${ARTIFACTS}studio-reset-password.png` });
    // The old password no longer works; the new one signs in, right there.
    await reset.getByLabel('Email', { exact: true }).fill('grace@example.test');
    await reset.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await reset.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => reset.getByRole('alert').textContent()).toContain('the email or the password is wrong');
    await reset.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await reset.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => reset.locator('#profile-title').textContent()).toBe('Signed in as Grace');
    expect((await smtp.waitFor('grace@example.test')).subject).toBe('Your Inkless password was changed');
    await context.close();
  });

  it('the deletion mail\'s link opens the privacy center at the deletion, asks to sign in, and cancels it', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await signUpThroughUi(page, { name: 'Mary', email: 'mary@example.test', password: PASSWORD });
    await smtp.waitFor('mary@example.test');
    await closeScreen(page);
    await page.locator('[data-screen-button="privacy"]').click();
    const privacy = page.locator('dialog[data-screen="privacy"]');
    const deletion = privacy.locator('section[aria-labelledby="delete-title"]');
    await deletion.getByLabel('Your password (to confirm it is you)').fill(PASSWORD);
    await deletion.getByLabel('Type "delete my account" to confirm').fill('delete my account');
    await deletion.getByRole('button', { name: 'Delete my account' }).click();
    await expect.poll(() => privacy.getByTestId('deletion-requested').textContent()).toContain('You are signed out');

    const mail = await smtp.waitFor('mary@example.test');
    expect(mail.subject).toBe('Your Inkless account will be deleted');
    const link = studioLinkIn(mail.text, fixture.origin);
    expect(new URL(link).pathname + new URL(link).hash).toBe('/privacy-center#deletion');
    await followLink(page, link);
    await privacy.getByTestId('deletion-sign-in').waitFor();
    await privacy.getByLabel('Email', { exact: true }).fill('mary@example.test');
    await privacy.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await privacy.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => privacy.getByTestId('deletion-pending').textContent()).toContain('due for deletion');
    // The deletion section is where the link leads: its heading has the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('delete-title');
    await page.screenshot({ path: `${ARTIFACTS}studio-deletion-link.png` });
    await privacy.getByRole('button', { name: 'Cancel the deletion' }).click();
    await deletion.getByRole('button', { name: 'Delete my account' }).waitFor();
    expect(await page.evaluate(() => fetch('/api/me/deletion').then((r) => r.json()))).toEqual({ deletion: null });
    expect((await smtp.waitFor('mary@example.test')).subject).toBe('Your Inkless account will not be deleted');
    await context.close();
  });
});
