import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { openStudio } from './studio-page';
import { startStudioFixture, type StudioFixture } from './studio-server';

/** Where the browser tests leave their screenshots, for people to look at. */
export const ARTIFACTS = fileURLToPath(new URL('../../../../test-artifacts/', import.meta.url));

/**
 * The studio server and Chromium for one describe block: started before its tests, stopped after.
 * The fixture's fields are read inside the tests (before that they are not there yet). `env`
 * (server settings) is read when the server starts, after the block's earlier beforeAll hooks.
 */
export function useStudioFixture(env: () => Readonly<Record<string, string>> = () => ({})): StudioFixture {
  let started: StudioFixture | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    started = await startStudioFixture(env());
  });
  afterAll(async () => {
    await started?.close();
  });
  const get = (): StudioFixture => {
    if (!started) throw new Error('the studio fixture starts in beforeAll: read it inside a test');
    return started;
  };
  return {
    get origin() { return get().origin; },
    get browser() { return get().browser; },
    get server() { return get().server; },
    close: () => get().close(),
  };
}

/** A new browser context at desktop size, in English unless `options` say otherwise, with the studio open in a page. */
export async function openStudioContext(fixture: StudioFixture, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', ...options });
  const page = await context.newPage();
  await openStudio(page, fixture.origin);
  return { context, page };
}

/** Creates an account through the account screen and waits until the studio says who is signed in. */
export async function signUpThroughUi(page: Page, user: { name: string; email: string; password: string }): Promise<void> {
  const accountButton = page.locator('[data-screen-button="account"]');
  // On a phone the account panel is a sheet of the bottom bar: open it first.
  if (!(await accountButton.isVisible())) await page.locator('[data-sheet-button="account"]').click();
  await accountButton.click();
  await page.locator('dialog[data-screen="account"]').waitFor();
  await page.getByRole('button', { name: 'No account yet? Create one' }).click();
  await page.getByLabel('Your name (shown in the gallery)').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect.poll(() => page.locator('#profile-title').textContent()).toBe(`Signed in as ${user.name}`);
}
