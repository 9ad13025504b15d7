import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openStudioContext, signUpThroughUi, useStudioFixture } from './support/studio-suite';
import { clickMm, readDocument } from './support/studio-page';

const PASSWORD = 'amber-orchard-kettle-58';

async function openAccount(page: Page): Promise<void> {
  await page.locator('[data-screen-button="account"]').click();
  await page.locator('dialog[data-screen="account"]').waitFor();
}

async function closeScreen(page: Page): Promise<void> {
  await page.locator('dialog[open] .screen-head button').click();
}

/** Calls the API as the page's user (with the CSRF token on changes), as another device would; throws unless 2xx. */
async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(async ({ method, path, body }) => {
    const { token } = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
    const headers: Record<string, string> = { 'x-csrf-token': token };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }, { method, path, body });
}

interface TemplateAnswer {
  readonly template: { readonly id: string; readonly name: string; readonly version: number; readonly document: { readonly name?: string } };
}

/** The names shown in the account's templates list. */
function listedTemplates(page: Page): Promise<string[]> {
  return page.locator('[data-testid="templates"] .template-name').allTextContents();
}

describe('account, templates and gallery in Chromium', () => {
  // A printer nobody listens on: the history test only needs jobs to exist.
  const fixture = useStudioFixture(() => ({ INKLESS_PRINTERS: JSON.stringify([{ id: 'back-office', name: 'Back office', uri: 'tcp://127.0.0.1:9', profile: 'generic-tspl-203' }]) }));

  it('signs up and in through the UI, uploads a local label, finds it, publishes it; another user forks and rates it', async () => {
    const { context: owner, page: page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    // A label made without an account, kept in this browser.
    await page.getByLabel('Label name').fill('Pantry jar tomatoes');
    await page.click('button[data-tool="rect"]');
    await clickMm(page, 5, 5);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved in this browser');

    await signUpThroughUi(page, { name: 'Ada', email: 'ada@example.test', password: PASSWORD });
    // Sign out and in again: the sessions list shows this browser.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    // The account screen (its Email section too) gives way to the sign-in form once signed out.
    await page.locator('#auth-title').waitFor();
    await page.getByLabel('Email').fill('ada@example.test');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.locator('#profile-title').textContent()).toBe('Signed in as Ada');
    await expect.poll(() => page.getByTestId('sessions').textContent()).toContain('this browser');
    expect(await page.getByTestId('sessions').locator('li').count()).toBe(1);

    // Signing in offers the labels of this browser.
    await page.getByLabel('Folder for uploads (optional)').fill('Kitchen');
    await page.getByRole('button', { name: 'Upload Pantry jar tomatoes to my account' }).click();
    await expect.poll(() => page.getByTestId('local-uploads').textContent()).toContain('uploaded');
    await expect.poll(() => listedTemplates(page)).toEqual(['Pantry jar tomatoes']);
    // Search (half-typed last word) and the folder filter find it.
    await page.getByLabel('Search my templates').fill('pantry tomat');
    await expect.poll(() => listedTemplates(page)).toEqual(['Pantry jar tomatoes']);
    await page.getByLabel('Search my templates').fill('marmalade');
    await expect.poll(() => listedTemplates(page)).toEqual([]);
    await page.getByLabel('Search my templates').fill('');
    await page.getByLabel('Folder', { exact: true }).selectOption('Kitchen');
    await expect.poll(() => listedTemplates(page)).toEqual(['Pantry jar tomatoes']);
    // History: a change made elsewhere (another device, through the API) can be undone by restoring version 1.
    await page.evaluate(async () => {
      const { token } = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
      const { templates } = (await (await fetch('/api/templates')).json()) as { templates: { id: string; version: number }[] };
      const res = await fetch(`/api/templates/${templates[0]!.id}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': token }, body: JSON.stringify({ version: templates[0]!.version, name: 'Renamed elsewhere' }) });
      if (!res.ok) throw new Error(await res.text());
    });
    await page.getByLabel('Folder', { exact: true }).selectOption('');
    await page.getByLabel('Folder', { exact: true }).selectOption('Kitchen');
    await expect.poll(() => listedTemplates(page)).toEqual(['Renamed elsewhere']);
    await page.getByRole('button', { name: 'History of Renamed elsewhere' }).click();
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await expect.poll(() => listedTemplates(page)).toEqual(['Pantry jar tomatoes']);
    // Publish it to the gallery: the studio asks first and says what becomes public; until "yes", nothing is.
    const visibility = async () => (await callApi<{ templates: { visibility: string }[] }>(page, 'GET', '/api/templates')).templates[0]!.visibility;
    await page.getByRole('button', { name: 'Publish Pantry jar tomatoes to the gallery' }).click();
    const question = page.getByTestId('publish-confirm');
    expect(await question.locator('#publish-question').textContent()).toBe('Publish Pantry jar tomatoes to the gallery?');
    const what = (await question.textContent())!;
    expect(what).toContain('the label design, its name and description, and your display name “Ada” as its publisher');
    expect(what).toContain('under CC0-1.0');
    expect(what).toContain('Your email stays private');
    expect(await visibility()).toBe('private');
    await question.getByRole('button', { name: 'Keep it private' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await visibility()).toBe('private');
    await page.getByRole('button', { name: 'Publish Pantry jar tomatoes to the gallery' }).click();
    await question.getByRole('button', { name: 'Yes, publish it' }).click();
    await page.getByRole('button', { name: 'Make Pantry jar tomatoes private' }).waitFor();
    expect(await visibility()).toBe('public');
    await page.screenshot({ path: `${ARTIFACTS}studio-account.png` });

    // Another user, another browser: find it in the gallery, fork it, rate it.
    const { context: other, page: second } = await openStudioContext(fixture);
    await second.getByRole('button', { name: 'Reject all' }).click();
    await signUpThroughUi(second, { name: 'Brendan', email: 'brendan@example.test', password: PASSWORD });
    await closeScreen(second);
    await second.locator('[data-screen-button="gallery"]').click();
    await second.getByLabel('Search the gallery').fill('tomatoes');
    const card = second.locator('.gallery-card', { hasText: 'Pantry jar tomatoes' });
    await card.waitFor();
    expect(await card.textContent()).toContain('by Ada');
    await card.getByRole('button', { name: 'Fork Pantry jar tomatoes to my templates' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('Copied to your templates');
    expect(await card.getByTestId('gallery-rating').textContent()).toMatch(/ 1 fork$/);
    // Reviews and the rating form open from the card; a review shows its author, date, stars and text.
    await card.getByRole('button', { name: 'Reviews and rating of Pantry jar tomatoes' }).click();
    await expect.poll(() => card.locator('.gallery-reviews').textContent()).toContain('No reviews yet.');
    await card.getByLabel('Rating', { exact: true }).selectOption('4');
    await card.getByLabel('Review (optional)').fill('Clear and tidy.');
    await card.getByRole('button', { name: 'Send rating' }).click();
    await expect.poll(() => card.getByTestId('gallery-rating').textContent()).toContain('Rated 4 of 5 (1 rating)');
    const review = card.getByTestId('gallery-reviews').locator('li');
    await expect.poll(() => review.count()).toBe(1);
    expect(await review.locator('strong').textContent()).toBe('Brendan');
    expect(await review.textContent()).toContain('4 of 5');
    expect(await review.locator('.review-body').textContent()).toBe('Clear and tidy.');
    expect(new Date((await review.locator('time').getAttribute('datetime'))!).getTime()).toBeGreaterThan(Date.now() - 3_600_000);
    await second.screenshot({ path: `${ARTIFACTS}studio-gallery.png` });

    // The publisher sees the review too, and no rating form on their own template.
    await closeScreen(page);
    await page.locator('[data-screen-button="gallery"]').click();
    const own = page.locator('.gallery-card', { hasText: 'Pantry jar tomatoes' });
    await own.getByRole('button', { name: 'Reviews and rating of Pantry jar tomatoes' }).click();
    await expect.poll(() => own.getByTestId('gallery-reviews').textContent()).toContain('Clear and tidy.');
    expect(await own.getByTestId('gallery-own').textContent()).toBe('This is your template: others rate and review it.');
    expect(await own.getByLabel('Rating', { exact: true }).count()).toBe(0);
    expect(await own.getByRole('button', { name: 'Send rating' }).count()).toBe(0);
    const forks = await second.evaluate(() => fetch('/api/templates').then((r) => r.json()) as Promise<{ templates: { name: string; forkedFrom: string | null }[] }>);
    expect(forks.templates).toHaveLength(1);
    expect(forks.templates[0]).toMatchObject({ name: 'Pantry jar tomatoes' });
    expect(forks.templates[0]!.forkedFrom).not.toBeNull();
    await other.close();
    await owner.close();
  });

  it('syncs a template opened in the studio (409: keep mine), and reprints from the print history', async () => {
    const { context: context, page: page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await signUpThroughUi(page, { name: 'Grace', email: 'grace@example.test', password: PASSWORD });
    await closeScreen(page);
    const document = { ...(await readDocument(page)), name: 'Shelf tag' };
    const { template } = await callApi<TemplateAnswer>(page, 'POST', '/api/templates', { document, name: 'Shelf tag' });
    const readTemplate = async () => (await callApi<TemplateAnswer>(page, 'GET', `/api/templates/${template.id}`)).template;
    const syncStatus = () => page.getByTestId('sync-status').textContent();
    // The studio waits 2 s after the last edit before it sends (SYNC_DELAY_MS): polls wait longer than that.
    const AFTER_SYNC = { timeout: 10_000 };

    // Open it in the studio and rename the label: one PUT after the edits settle, a new version.
    await openAccount(page);
    await page.getByRole('button', { name: 'Open Shelf tag in the studio' }).click();
    await page.locator('dialog[data-screen="account"]').waitFor({ state: 'detached' });
    await expect.poll(syncStatus).toBe('Saved to your account');
    await page.getByLabel('Label name').fill('Shelf tag, aisle 4');
    await expect.poll(async () => (await readTemplate()).version, AFTER_SYNC).toBe(2);
    expect(await readTemplate()).toMatchObject({ name: 'Shelf tag, aisle 4', document: { name: 'Shelf tag, aisle 4' } });
    await expect.poll(syncStatus).toBe('Saved to your account');

    // Another device saves version 3; the studio's next edit is a conflict, and "keep mine" wins.
    await callApi(page, 'PUT', `/api/templates/${template.id}`, { version: 2, name: 'Changed elsewhere', document: { ...document, name: 'Changed elsewhere' } });
    await page.getByLabel('Label name').fill('Shelf tag, aisle 5');
    await expect.poll(syncStatus, AFTER_SYNC).toContain('This template was changed elsewhere');
    expect((await readTemplate()).name).toBe('Changed elsewhere');
    await page.getByRole('button', { name: 'Keep mine (overwrite)' }).click();
    await expect.poll(syncStatus, AFTER_SYNC).toBe('Saved to your account');
    expect(await readTemplate()).toMatchObject({ version: 4, name: 'Shelf tag, aisle 5', document: { name: 'Shelf tag, aisle 5' } });

    // Print history: a job made through the API (a printer nobody listens on), reprinted from the screen.
    const { job } = await callApi<{ job: { id: string } }>(page, 'POST', '/api/print-jobs', { templateId: template.id, printerId: 'back-office' });
    await page.locator('[data-screen-button="print-history"]').click();
    const rows = page.locator('[data-testid="print-history"] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('th').textContent()).toBe('Shelf tag, aisle 5');
    expect(await rows.first().textContent()).toContain('Back office');
    await rows.first().getByRole('button', { name: /^Reprint Shelf tag, aisle 5/ }).click();
    await expect.poll(() => rows.count()).toBe(2);
    const { jobs } = await callApi<{ jobs: { id: string; reprintOf: string | null }[] }>(page, 'GET', '/api/print-jobs');
    expect(jobs.map((j) => j.reprintOf)).toEqual([job.id, null]);
    await page.screenshot({ path: `${ARTIFACTS}studio-print-history.png` });
    await context.close();
  });

  it('speaks Simplified Chinese in the banner and the account screens to a zh-CN browser', async () => {
    const { context: context, page: page } = await openStudioContext(fixture, { locale: 'zh-CN' });
    expect(await page.getByTestId('cookie-banner').locator('.cookie-buttons button').allTextContents()).toEqual(['全部接受', '全部拒绝', '自行选择']);
    expect(await page.locator('#cookie-banner-title').textContent()).toBe('Cookie');
    await page.locator('[data-screen-button="account"]').click();
    expect(await page.locator('#account-title').textContent()).toBe('账户');
    expect(await page.locator('#auth-title').textContent()).toBe('登录');
    expect(await page.getByLabel('电子邮箱').count()).toBe(1);
    await page.getByRole('button', { name: '还没有账户？创建一个' }).click();
    expect(await page.getByLabel('您的名字（在模板库中显示）').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}studio-account-zh-CN.png` });
    await closeScreen(page);
    await page.locator('[data-screen-button="privacy"]').click();
    expect(await page.locator('#privacy-title').textContent()).toBe('隐私中心');
    expect(await page.locator('#consents-title').textContent()).toBe('您的同意');
    await context.close();
  });
});
