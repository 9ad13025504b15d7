import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openStudio } from './support/studio-page';
import { ARTIFACTS, openStudioContext, signUpThroughUi, useStudioFixture } from './support/studio-suite';

const PASSWORD = 'saffron-glacier-trellis-64';

/** Whether the page scrolls sideways (the studio must not, at any width). */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth);
}

/** Whether the open screen dialog's content is wider than the dialog. */
function screenScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const body = document.querySelector('dialog[open] .screen-body');
    return body !== null && body.scrollWidth > body.clientWidth;
  });
}

describe('small studio faults, in Chromium', () => {
  const fixture = useStudioFixture();

  it('the Download menu closes on Escape (focus back on it) and on a click outside', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    const menu = page.locator('details.download-menu');
    const isOpen = () => menu.evaluate((el) => (el as HTMLDetailsElement).open);
    await menu.locator('summary').click();
    expect(await isOpen()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');

    await menu.locator('summary').click();
    expect(await isOpen()).toBe(true);
    // A click inside the menu (its group, not a format button) keeps it open; one outside closes it.
    const body = (await menu.locator('.menu-body').boundingBox())!;
    await page.mouse.click(body.x + 2, body.y + 2);
    expect(await isOpen()).toBe(true);
    await page.locator('.top-bar h1').click();
    expect(await isOpen()).toBe(false);
    await context.close();
  });

  it('stock suggestions close when another label is opened; the print button says "Print 1 label"', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    const search = page.getByLabel('Search stock by size or name (e.g. 4x6, 50x30, avery)');
    await search.fill('4x6');
    const results = page.getByRole('list', { name: 'Matching stock' });
    await results.waitFor();
    expect(await results.locator('li').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'New label', exact: true }).click();
    await expect.poll(() => results.count()).toBe(0);
    expect(await search.inputValue()).toBe('');
    expect(await page.getByTestId('print-start').textContent()).toBe('Print 1 label');
    await context.close();
  });

  it('"Reject all" takes one click: the banner goes, and the note saying what it means leaves by itself', async () => {
    // The page's clock runs as usual but can be moved on, so the note's few seconds are not waited out.
    const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await context.clock.install();
    const page = await context.newPage();
    await openStudio(page, fixture.origin);
    await page.getByRole('button', { name: 'Reject all' }).click();
    const outcome = page.getByTestId('cookie-outcome');
    await expect.poll(() => outcome.textContent()).toContain('Only strictly necessary cookies are used');
    expect(await page.getByTestId('cookie-banner').count()).toBe(0);
    // Nothing in the note asks for a second click.
    expect(await outcome.locator('button').count()).toBe(0);
    // As long as this test used to wait for it in real time: the note must be gone by then.
    await page.clock.fastForward(15_000);
    await outcome.waitFor({ state: 'detached', timeout: 15_000 });
    await context.close();
  });

  it('closing the WebUSB chooser without a pick says so in plain words, not the DOM error', async () => {
    const { context, page } = await openStudioContext(fixture);
    // Headless Chromium has no WebUSB: a stand-in chooser that the user closes without picking.
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'usb', {
        configurable: true,
        value: { requestDevice: () => Promise.reject(new DOMException('No device selected.', 'NotFoundError')) },
      });
    });
    await page.reload();
    await page.waitForSelector('body[data-studio="ready"]');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByLabel('Printer connection').selectOption('usb');
    await page.getByTestId('print-start').click();
    const progress = page.getByTestId('print-progress');
    await expect.poll(() => progress.getByRole('alert').textContent()).toBe('No printer was chosen. Click Print again and pick your printer in the browser\'s list.');
    expect(await progress.textContent()).not.toContain('No device selected');
    await context.close();
  });

  it('the new account screens fit a phone (390x844, touch) and a desktop (1440x900) without sideways scrolling', async () => {
    for (const size of [{ width: 390, height: 844, touch: true }, { width: 1440, height: 900, touch: false }]) {
      const { context, page } = await openStudioContext(fixture, { viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });
      await page.getByRole('button', { name: 'Reject all' }).click();
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: `/tmp/studio-main-${size.width}.png` });
      await signUpThroughUi(page, { name: 'Ida', email: `ida-${size.width}@example.test`, password: PASSWORD });
      await page.locator('section[aria-labelledby="email-title"]').scrollIntoViewIfNeeded();
      expect(await scrollsSideways(page)).toBe(false);
      expect(await screenScrollsSideways(page)).toBe(false);
      await page.screenshot({ path: `/tmp/studio-account-email-${size.width}.png` });
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await page.getByRole('button', { name: 'Forgot password?' }).click();
      expect(await scrollsSideways(page)).toBe(false);
      expect(await screenScrollsSideways(page)).toBe(false);
      await page.screenshot({ path: `/tmp/studio-forgot-${size.width}.png` });
      await page.locator('dialog[open] .screen-head button').click();
      await page.goto(`${fixture.origin}/verify-email?token=not-a-real-token-123`);
      await page.waitForSelector('dialog[data-screen="verify-email"] [data-testid="verify-outcome"]');
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: `${ARTIFACTS}studio-verify-failed-${size.width}.png` });
      await page.screenshot({ path: `/tmp/studio-verify-failed-${size.width}.png` });
      await context.close();
    }
  });
});
