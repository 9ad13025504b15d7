import { CURRENT_SCHEMA_VERSION, formatIssue, validateDocument } from '@inkless/label';
import { getProfile } from '@inkless/printers';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readEditorState } from './support/studio-page';
import { ARTIFACTS, openStudioContext, useStudioFixture } from './support/studio-suite';

/**
 * A label with three kinds of problem the panels show: a text too big for its box (the engine's
 * warning), a barcode hanging over the right edge, and a label dpi the printer does not print at.
 */
async function loadProblemLabel(page: Page): Promise<void> {
  const profileId = await page.evaluate(() => window.__inklessStudio!.state.getState().printerProfileId);
  const printerDpi = getProfile(profileId).dpi;
  const parsed = validateDocument({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    label: { widthMm: 50, heightMm: 30, dpi: printerDpi === 300 ? 203 : 300 },
    variables: {},
    elements: [
      { type: 'text', id: 'price', xMm: 2, yMm: 2, widthMm: 8, heightMm: 3, text: 'Best price', fontSizePt: 24, wrap: false, shrinkToFit: false },
      { type: 'barcode', id: 'ean', xMm: 30, yMm: 10, widthMm: 35, heightMm: 15, symbology: 'ean13', data: '400638133393' },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  await page.evaluate((doc) => window.__inklessStudio!.editor.store.setState((s) => ({ ...s, doc, selection: [] })), parsed.value);
}

/** The count the status bar shows (its data-count) and the problems it lists, with their codes. */
async function readStatusBar(page: Page): Promise<{ count: number; codes: string[]; summary: string }> {
  return page.locator('.issues').evaluate((el) => ({
    count: Number(el.getAttribute('data-count')),
    codes: [...el.querySelectorAll('li[data-code]')].map((li) => li.getAttribute('data-code')!),
    summary: el.querySelector('summary')?.textContent ?? '',
  }));
}

describe('the status bar counts every problem the panels show, in plain words, in Chromium', () => {
  const fixture = useStudioFixture();

  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    it(`at ${viewport.width}x${viewport.height}: counts the dpi mismatch, the element outside the label and the clipped text, each listed once`, async () => {
      const { context, page } = await openStudioContext(fixture, { viewport });
      await loadProblemLabel(page);
      await expect.poll(async () => (await readStatusBar(page)).codes.sort()).toEqual(['INKLESS_DOC_PARTLY_OUT_OF_LABEL', 'INKLESS_PRINTER_DPI_MISMATCH', 'INKLESS_RENDER_CLIPPED']);
      const bar = await readStatusBar(page);
      expect(bar.count).toBe(bar.codes.length);
      // The numbers in the summary ("1 problem 2 warnings") add up to the count.
      const shown = [...bar.summary.matchAll(/(\d+) (?:problem|warning)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      expect(shown).toBe(bar.count);
      await context.close();
    });
  }

  it('lists the problems in plain words, with a details line (code and path), selects the element on click, and speaks Chinese after switching (the properties panel too)', async () => {
    const { context, page } = await openStudioContext(fixture);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await loadProblemLabel(page);
    const list = page.locator('.issues');
    await expect.poll(async () => (await readStatusBar(page)).count).toBe(3);
    await list.locator('summary').first().click();
    const clipped = list.locator('li[data-code="INKLESS_RENDER_CLIPPED"]');
    expect(await clipped.locator('button').textContent()).toBe("The text 'Best price' does not fit its box: make the box bigger, the text smaller, or turn on Shrink to fit");
    const outside = list.locator('li[data-code="INKLESS_DOC_PARTLY_OUT_OF_LABEL"]');
    expect(await outside.locator('button').textContent()).toBe("The EAN-13 barcode '400638133393' is partly outside the label: move it inside or make the label bigger");
    expect(await list.locator('li[data-code="INKLESS_PRINTER_DPI_MISMATCH"]').textContent()).toMatch(/^The label is set to \d+ dpi but the printer '.+' prints at \d+ dpi, so it would print at the wrong size/);

    await clipped.locator('details summary').click();
    expect(await clipped.locator('details code').textContent()).toMatch(/^INKLESS_RENDER_CLIPPED · elements\[0\]\.text · /);
    expect(await clipped.locator('details code').isVisible()).toBe(true);

    await outside.locator('button').click();
    expect((await readEditorState(page)).selection).toEqual(['ean']);
    await page.screenshot({ path: `${ARTIFACTS}messages-status-bar.png` });

    await page.getByLabel('Language').selectOption('zh-CN');
    await expect.poll(() => clipped.locator('button').textContent()).toBe('文本“Best price”超出了它的框：请把框放大、把文字缩小，或打开“缩小以适应”');
    expect(await outside.locator('button').textContent()).toBe('EAN-13 条码“400638133393”有一部分在标签之外：请把它移到标签内，或把标签放大');
    expect(await clipped.locator('details code').textContent()).toMatch(/^INKLESS_RENDER_CLIPPED · elements\[0\]\.text/);

    // The properties panel's barcode check (the barcode is still selected) speaks the same words.
    await page.getByLabel('数据', { exact: true }).fill('12345');
    const field = page.locator('.field-invalid');
    await expect.poll(() => field.locator('.field-error').first().textContent()).toBe('EAN-13 条码“12345”的位数不符合其类型：请检查号码，或选择其他类型');
    await page.locator('.issue-details', { has: page.locator('code', { hasText: 'INKLESS_BARCODE_LENGTH · elements[1].data' }) }).first().locator('summary').click();
    expect(await page.locator('.issue-details code', { hasText: 'INKLESS_BARCODE_LENGTH · elements[1].data' }).first().textContent()).toMatch(/^INKLESS_BARCODE_LENGTH · elements\[1\]\.data · EAN-13 needs 12 or 13 digits/);
    await context.close();
  });
});
