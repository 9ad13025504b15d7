import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openStudioContext, signUpThroughUi, useStudioFixture } from './support/studio-suite';
import { clickMm, readDocument } from './support/studio-page';

const PASSWORD = 'quiet-lantern-harbour-71';

/** GET /api/privacy/cookies: every cookie the site may set, by name, with its category. */
async function readCookieCategories(origin: string): Promise<Map<string, string>> {
  const inventory = (await (await fetch(`${origin}/api/privacy/cookies`)).json()) as { cookies: { names: string[]; category: string }[] };
  return new Map(inventory.cookies.flatMap((c) => c.names.map((name) => [name, c.category] as const)));
}

/** The categories of the cookies this context holds; a cookie missing from the inventory shows as `unlisted`. */
async function categoriesHeld(context: BrowserContext, origin: string): Promise<Record<string, string>> {
  const known = await readCookieCategories(origin);
  return Object.fromEntries((await context.cookies(origin)).map((c) => [c.name, known.get(c.name) ?? 'unlisted']));
}

describe('cookie banner and privacy center in Chromium', () => {
  const fixture = useStudioFixture();

  it('rejecting all leaves only strictly necessary cookies and the studio still designs; the three buttons are equal', async () => {
    const { context: context, page: page } = await openStudioContext(fixture);
    const banner = page.getByTestId('cookie-banner');
    await banner.waitFor();
    // Nothing is set before a choice: not even the consent cookie.
    expect(await categoriesHeld(context, fixture.origin)).toEqual({});
    const buttons = banner.locator('.cookie-buttons button');
    expect(await buttons.allTextContents()).toEqual(['Accept all', 'Reject all', 'Choose']);
    // Same size, same style: equally easy.
    const boxes = await Promise.all([0, 1, 2].map(async (i) => (await buttons.nth(i).boundingBox())!));
    expect(new Set(boxes.map((b) => `${Math.round(b.width)}x${Math.round(b.height)}`)).size).toBe(1);
    const styles = await buttons.evaluateAll((els) => els.map((el) => { const s = getComputedStyle(el); return `${s.fontSize} ${s.fontWeight} ${s.color} ${s.backgroundColor} ${s.borderWidth}`; }));
    expect(new Set(styles).size).toBe(1);
    // By keyboard: one Tab apart, in a row, each pressable with Enter.
    await buttons.nth(0).focus();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-choice') ?? ''));
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(['accept', 'reject', 'choose']);
    // "Choose" shows the categories with nothing pre-ticked but the necessary ones.
    await buttons.nth(2).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Preferences (remember my language)').isChecked()).toBe(false);
    expect(await page.getByLabel('Strictly necessary (always on)').isDisabled()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}studio-cookie-banner.png` });

    await buttons.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cookie-outcome').textContent()).toContain('Only strictly necessary cookies are used');
    // Changing the language now writes no preferences cookie.
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByLabel('语言').selectOption('en');
    // Nor is the language kept in localStorage: device storage for preferences needs the same consent.
    expect(await page.evaluate(() => localStorage.getItem('inkless.language'))).toBeNull();
    const held = await categoriesHeld(context, fixture.origin);
    expect(Object.keys(held).length).toBeGreaterThan(0); // the consent cookie records the choice
    expect(new Set(Object.values(held))).toEqual(new Set(['necessary']));
    // The studio still designs.
    await page.click('button[data-tool="rect"]');
    await clickMm(page, 5, 5);
    expect((await readDocument(page)).elements.map((el) => el.type)).toEqual(['rect']);
    // Reloaded, the banner does not ask again.
    await page.reload();
    await page.waitForSelector('body[data-studio="ready"]');
    await page.locator('[data-testid="account-status"]').waitFor();
    expect(await page.getByTestId('cookie-banner').count()).toBe(0);
    await context.close();
  });

  it('accepting all lets the studio keep a preferences cookie (the language), listed in the inventory', async () => {
    const { context: context, page: page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.getByTestId('cookie-outcome').textContent()).toContain('Preferences allowed');
    await expect.poll(() => categoriesHeld(context, fixture.origin)).toMatchObject({ 'inkless-lang': 'preferences' });
    expect(Object.values(await categoriesHeld(context, fixture.origin))).not.toContain('unlisted');
    await context.close();
  });

  it('privacy center: export a ZIP with the template after the password, then delete the account and cancel', async () => {
    const { context: context, page: page } = await openStudioContext(fixture, { acceptDownloads: true });
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByLabel('Label name').fill('Spice rack label');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved in this browser');
    await signUpThroughUi(page, { name: 'Grace', email: 'grace@example.test', password: PASSWORD });
    await page.getByRole('button', { name: 'Upload Spice rack label to my account' }).click();
    await page.locator('[data-testid="templates"] .template-name', { hasText: 'Spice rack label' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await page.locator('[data-screen-button="privacy"]').click();
    const privacy = page.locator('dialog[data-screen="privacy"]');
    await privacy.getByTestId('access-log').locator('tbody tr').first().waitFor();
    expect(await privacy.getByTestId('policy-versions').locator('li').count()).toBeGreaterThan(0);
    // The export needs the password again: a wrong one is refused and says so.
    const exportForm = privacy.locator('section[aria-labelledby="export-title"]');
    await exportForm.getByLabel('Your password (to confirm it is you)').fill('not-the-password-1');
    await exportForm.getByRole('button', { name: 'Download ZIP' }).click();
    await expect.poll(() => exportForm.getByRole('alert').textContent()).toContain('password is wrong');
    await exportForm.getByLabel('Your password (to confirm it is you)').fill(PASSWORD);
    const [download] = await Promise.all([page.waitForEvent('download'), exportForm.getByRole('button', { name: 'Download ZIP' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^inkless-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const exported = await zip.file('inkless-export.json')!.async('string');
    expect(exported).toContain('Spice rack label');
    expect(exported).toContain('grace@example.test');
    await page.screenshot({ path: `${ARTIFACTS}studio-privacy-center.png` });

    // Delete: the button waits for the typed sentence; then every session ends.
    const deletion = privacy.locator('section[aria-labelledby="delete-title"]');
    await deletion.getByLabel('Your password (to confirm it is you)').fill(PASSWORD);
    await deletion.getByLabel('Type "delete my account" to confirm').fill('delete my');
    expect(await deletion.getByRole('button', { name: 'Delete my account' }).isDisabled()).toBe(true);
    await deletion.getByLabel('Type "delete my account" to confirm').fill('delete my account');
    await deletion.getByRole('button', { name: 'Delete my account' }).click();
    await expect.poll(() => privacy.getByTestId('deletion-requested').textContent()).toContain('You are signed out');
    expect(await page.evaluate(() => fetch('/api/me').then((r) => r.status))).toBe(401);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByTestId('account-status').textContent()).toContain('No account needed');

    // The server lets the owner sign in during the grace period, to cancel: the privacy center offers it.
    await page.locator('[data-screen-button="account"]').click();
    await page.getByLabel('Email').fill('grace@example.test');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.locator('#profile-title').textContent()).toBe('Signed in as Grace');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('[data-screen-button="privacy"]').click();
    await expect.poll(() => privacy.getByTestId('deletion-pending').textContent()).toContain('due for deletion');
    expect(await page.evaluate(() => fetch('/api/me/deletion').then((r) => r.json()))).toMatchObject({ deletion: { publishedTemplates: 'remove' } });
    await privacy.getByRole('button', { name: 'Cancel the deletion' }).click();
    await deletion.getByRole('button', { name: 'Delete my account' }).waitFor();
    expect(await page.evaluate(() => fetch('/api/me/deletion').then((r) => r.json()))).toEqual({ deletion: null });
    await context.close();
  });
});
