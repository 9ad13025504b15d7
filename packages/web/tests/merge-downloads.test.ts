import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the CLI's ZXing decoder reads the barcodes, the engine's PDF reader counts pages.
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { inspectPdf } from '../../label/src/output/pdf-inspector';
import { buildMergeCsv, decodeTsplLabels, downloadMerged, loadMergeCsv, loadMergeLabel, mergeCodeOf } from './support/merge-helpers';
import { ARTIFACTS, openStudioContext, useStudioFixture } from './support/studio-suite';

const ROWS = 20;

/** Pages of a PDF as poppler's pdfinfo counts them (an independent reader), or undefined when it is not installed. */
function countPagesWithPoppler(pdf: Buffer): number | undefined {
  const file = join(mkdtempSync(join(tmpdir(), 'inkless-merge-')), 'merged.pdf');
  writeFileSync(file, pdf);
  try {
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  } catch {
    return undefined;
  }
}

const SIZES = [
  { name: 'desk', options: { viewport: { width: 1440, height: 900 } } },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
] as const;

describe('merged downloads in Chromium', () => {
  const fixture = useStudioFixture();

  for (const size of SIZES) {
    it(`at ${size.options.viewport.width}x${size.options.viewport.height} merges a 20-row CSV on the merge screen and downloads every row as one PDF, one TSPL file and a ZIP of PNGs`, async () => {
      const { context, page } = await openStudioContext(fixture, size.options);
      await loadMergeLabel(page);
      await loadMergeCsv(page, 'items.csv', buildMergeCsv(ROWS));
      const dialog = page.locator('dialog[data-screen="merge"]');
      // The screen is wide: the whole phone, most of the desk (not the 180 px side panel).
      const box = (await dialog.boundingBox())!;
      const width = size.options.viewport.width;
      if (width < 500) expect(box.width).toBe(width);
      else expect(box.width).toBeGreaterThan(1000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await dialog.locator('.merge-rows tbody tr').count()).toBe(ROWS);
      expect(await dialog.locator('.merge-rows thead th').allTextContents()).toEqual(['Row', 'Print', 'Labels', 'name', 'code', 'Problems']);
      expect(await dialog.locator('tr[data-row="21"] .merge-cell').allTextContents()).toEqual(['Item 20', mergeCodeOf(20)]);
      expect(await page.getByTestId('merge-summary').textContent()).toBe('0 rows with problems');
      await expect.poll(() => dialog.locator('[data-testid="merge-preview"] img').getAttribute('alt')).toBe('The label of row 2, as it prints');
      await page.screenshot({ path: `${ARTIFACTS}merge-screen-${size.name}.png` });

      const pdf = await downloadMerged(page, 'pdf');
      expect(inspectPdf(pdf).pageRefs).toHaveLength(ROWS);
      const popplerPages = countPagesWithPoppler(pdf);
      if (popplerPages !== undefined) expect(popplerPages).toBe(ROWS);
      expect(await page.getByTestId('merge-download-progress').textContent()).toBe('Saved 20 labels in Merge-test.pdf');

      const labels = decodeTsplLabels(await downloadMerged(page, 'tspl'));
      expect(labels).toHaveLength(ROWS);
      for (const [i, bitmap] of labels.entries()) {
        const symbols = await decodeBarcodes(bitmap, { formats: ['EAN13'], borderDots: 16 });
        expect(symbols.map((s) => s.text.slice(0, 12)), `label ${i + 1}`).toEqual([mergeCodeOf(i + 1)]);
      }

      const pngs = unzipSync(await downloadMerged(page, 'png-zip'));
      expect(Object.keys(pngs)).toEqual(Array.from({ length: ROWS }, (_, i) => `Merge-test-row-${String(i + 2).padStart(3, '0')}.png`));
      expect(Object.values(pngs).every((png) => png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47)).toBe(true);
      await context.close();
    });
  }

  it('shows each row\'s problem in words beside it, filters to problem rows, counts copies per row and refuses the download until the row is fixed', async () => {
    const { context, page } = await openStudioContext(fixture);
    await loadMergeLabel(page);
    const csv = buildMergeCsv(5).replace(`Item 3,${mergeCodeOf(3)}`, 'Item 3,12345');
    await loadMergeCsv(page, 'items.csv', csv);
    await expect.poll(() => page.getByTestId('merge-summary').textContent()).toBe('1 row with problems');
    // File row 4 holds data row 3 (the header is row 1), as the CLI counts.
    expect(await page.locator('tr[data-row="4"] .row-issue').textContent()).toMatch(/EAN-13/);
    expect(await page.locator('tr[data-row="3"] .row-issue').textContent()).toBe('Ready');
    await page.getByLabel('Only rows with problems').check();
    expect(await page.locator('.merge-rows tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['4']);
    expect(await page.getByTestId('merge-download').isDisabled()).toBe(true);
    expect(await page.locator('.merge-downloads [role="alert"]').textContent()).toBe('Fix or untick row 4 before downloading.');

    await page.getByLabel('Show row 4').click();
    expect(await page.getByTestId('merge-current').textContent()).toBe('Row 4 (5 rows)');
    await page.getByLabel('code (row 4)').fill(mergeCodeOf(3));
    await expect.poll(() => page.getByTestId('merge-summary').textContent()).toBe('0 rows with problems');
    await page.getByLabel('Only rows with problems').uncheck();
    await page.getByLabel('Labels for row 2').fill('3');
    await page.getByLabel('Print row 5').uncheck();
    expect(await page.getByTestId('merge-download').textContent()).toBe('Download 6 labels');
    const labels = decodeTsplLabels(await downloadMerged(page, 'tspl'));
    const codes = [];
    for (const bitmap of labels) codes.push((await decodeBarcodes(bitmap, { formats: ['EAN13'], borderDots: 16 })).map((s) => s.text.slice(0, 12))[0]);
    expect(codes).toEqual([1, 1, 1, 2, 3, 5].map(mergeCodeOf));
    await context.close();
  });

  it('shows a progress bar while a long merge is drawn, and Cancel stops it without a download', async () => {
    const { context, page } = await openStudioContext(fixture);
    await loadMergeLabel(page);
    await loadMergeCsv(page, 'items.csv', buildMergeCsv(3));
    for (const row of [2, 3, 4]) await page.getByLabel(`Labels for row ${row}`).fill('1000');
    expect(await page.getByTestId('merge-download').textContent()).toBe('Download 3000 labels');
    let downloaded = false;
    page.on('download', () => { downloaded = true; });
    await page.getByTestId('merge-download').click();
    const bar = page.locator('[data-testid="merge-download-progress"][data-state="drawing"] progress');
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe('3000');
    await page.getByRole('button', { name: 'Cancel download' }).click();
    await page.waitForSelector('[data-testid="merge-download-progress"][data-state="canceled"]');
    expect(await page.getByTestId('merge-download-progress').textContent()).toMatch(/^Canceled after \d+ of 3000 labels$/);
    expect(downloaded).toBe(false);
    await context.close();
  });

  it('opens the merge screen from the Download menu, and clears the merge when another label is opened', async () => {
    const { context, page } = await openStudioContext(fixture);
    await loadMergeLabel(page);
    await loadMergeCsv(page, 'items.csv', buildMergeCsv(3));
    await page.locator('dialog[data-screen="merge"] .screen-head button').click();
    expect(await page.getByTestId('merge-panel-loaded').textContent()).toBe('items.csv: 3 rows');
    // The Download menu leads to the merged downloads too.
    await page.locator('.download-menu summary').click();
    await page.getByTestId('download-merged').click();
    await page.locator('dialog[data-screen="merge"]').waitFor();
    expect(await page.getByTestId('merge-download').textContent()).toBe('Download 3 labels');
    await page.locator('dialog[data-screen="merge"] .screen-head button').click();
    await page.evaluate(() => window.__inklessStudio!.newLabel());
    await expect.poll(() => page.locator('.merge-panel').textContent()).toContain('No data yet');
    expect(await page.getByTestId('merge-panel-loaded').count()).toBe(0);
    expect(await page.getByTestId('download-merged').count()).toBe(0);
    await context.close();
  });
});
