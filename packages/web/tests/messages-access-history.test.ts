import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessActions } from '../../server/src/privacy/access-actions';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { ARTIFACTS, openStudioContext, signUpThroughUi, useStudioFixture } from './support/studio-suite';

const PASSWORD = 'quince-harbour-lantern-37';

/** The rows of the privacy screen's access history, as their "What" cells read. */
function readAccessActions(page: Page): Promise<string[]> {
  return page.locator('dialog[data-screen="privacy"] [data-testid="access-log"] tbody tr td:nth-child(2)').allTextContents();
}

describe('access history in words, in Chromium', () => {
  const fixture = useStudioFixture();

  it('every route of the server has an action, and every action a phrase in English and Chinese (lists the missing ones)', async () => {
    const openapi = (await (await fetch(`${fixture.origin}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(openapi.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((route) => !Object.hasOwn(accessActions, route))).toEqual([]);
    const actions = [...new Set([...Object.values(accessActions), 'other'])];
    const withoutPhrase = actions.filter((action) => !Object.hasOwn(en, `access.action.${action}`) || !Object.hasOwn(zhCN, `access.action.${action}`));
    expect(withoutPhrase).toEqual([]);
  });

  it('after signing up and opening a template, the privacy screen says "Opened template \'Jar label\'", in Chinese too', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByLabel('Label name').fill('Jar label');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved in this browser');
    await signUpThroughUi(page, { name: 'Ada', email: 'ada-access@example.test', password: PASSWORD });
    await page.getByRole('button', { name: 'Upload Jar label to my account' }).click();
    await page.locator('[data-testid="templates"] .template-name', { hasText: 'Jar label' }).waitFor();
    await page.getByRole('button', { name: 'Open Jar label in the studio' }).click();
    await page.locator('dialog[data-screen="account"]').waitFor({ state: 'detached' });

    await page.locator('[data-screen-button="privacy"]').click();
    await page.locator('dialog[data-screen="privacy"] [data-testid="access-log"] tbody tr').first().waitFor();
    const shown = await readAccessActions(page);
    expect(shown).toContain("Opened template 'Jar label'");
    expect(shown).toContain('Saved a new template');
    expect(shown.some((text) => /\/api\//.test(text))).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}messages-access-history.png` });

    await page.getByLabel('Language').first().selectOption('zh-CN');
    await expect.poll(() => readAccessActions(page)).toContain('打开了模板“Jar label”');
    await context.close();
  });
});
