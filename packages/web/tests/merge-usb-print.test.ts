import { renderLabel, type Bitmap1, type LabelDocument } from '@inkless/label';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the one Node font loader and the CLI's ZXing decoder.
import { loadBundledFonts } from '../../cli/src/fonts/load-bundled-fonts';
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { buildMergeCsv, catchDownload, decodeTsplLabels, installFakeUsbPrinter, loadMergeCsv, loadMergeLabel, mergeCodeOf, readFakeUsbBytes, removeDeviceApis } from './support/merge-helpers';
import { useStudioFixture } from './support/studio-suite';
import { openStudio, readCanvasBits } from './support/studio-page';
import type { StudioFixture } from './support/studio-server';

const ROWS = 20;
const fonts = loadBundledFonts();

/** Row `i` (1-based data row) as the engine draws label `i - 1` of the batch, in Node. */
function renderRowInNode(doc: LabelDocument, i: number): Bitmap1 {
  const drawn = renderLabel(doc, { fonts }, { row: { name: `Item ${i}`, code: mergeCodeOf(i) }, labelIndex: i - 1, printIndex: i - 1, tzOffsetMinutes: 0, nowMs: 0 });
  if (!drawn.ok) throw new Error(drawn.issues[0]?.message);
  return drawn.value.bitmap;
}

const hex = (bitmap: Bitmap1) => Buffer.from(bitmap.data).toString('hex');

/** A signed-out visitor's studio in a context prepared by `prepare` (init scripts run before the studio's own code). */
async function openSignedOut(fixture: StudioFixture, prepare: (context: BrowserContext) => Promise<void>) {
  const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await prepare(context);
  const page = await context.newPage();
  await openStudio(page, fixture.origin);
  return { context, page };
}

describe('printing a merge without an account in Chromium', () => {
  const fixture = useStudioFixture();

  it('prints a merged job to a simulated WebUSB printer by default, and the bytes decode to each row\'s label and the canvas\'s bits', async () => {
    const { context, page } = await openSignedOut(fixture, installFakeUsbPrinter);
    const doc = await loadMergeLabel(page);
    await loadMergeCsv(page, 'items.csv', buildMergeCsv(ROWS));
    await page.locator('dialog[data-screen="merge"] .screen-head button').click();

    // Signed out with WebUSB: USB is the route; the server's says before any click that it needs sign-in.
    expect(await page.getByTestId('print-route').inputValue()).toBe('usb');
    const serverOption = page.locator('[data-testid="print-route"] option[value="server"]');
    expect(await serverOption.isDisabled()).toBe(true);
    expect(await serverOption.textContent()).toBe('Network printer, through the server (sign in first)');
    expect(await page.getByTestId('print-server-hint').textContent()).toMatch(/needs an account: sign in first/);

    expect(await page.getByTestId('print-start').textContent()).toBe('Print 20 labels');
    await page.getByTestId('print-start').click();
    await page.waitForSelector('[data-testid="print-progress"][data-state="done"]', { timeout: 60_000 });
    expect(await page.getByTestId('print-progress').textContent()).toContain('Printed 20 of 20 labels');

    const labels = decodeTsplLabels(await readFakeUsbBytes(page));
    expect(labels).toHaveLength(ROWS);
    for (const [index, bitmap] of labels.entries()) {
      const engine = renderRowInNode(doc, index + 1);
      expect([bitmap.width, bitmap.height], `label ${index + 1}`).toEqual([engine.width, engine.height]);
      expect(hex(bitmap) === hex(engine), `label ${index + 1} has the engine's bits`).toBe(true);
    }
    // The canvas shows the merge's current row (file row 2) dot for dot at 100 %: the first label printed.
    await page.getByTestId('zoom-actual').click();
    const shown = await readCanvasBits(page);
    expect([shown.width, shown.height]).toEqual([labels[0]!.width, labels[0]!.height]);
    expect(shown.hex === hex(labels[0]!)).toBe(true);
    await context.close();
  });

  it('without WebUSB or Web Bluetooth, starts on "Download a printer file", which saves one TSPL job of every merged row', async () => {
    const { context, page } = await openSignedOut(fixture, removeDeviceApis);
    expect(await page.evaluate(() => 'usb' in navigator || 'bluetooth' in navigator)).toBe(false);
    await loadMergeLabel(page);
    await loadMergeCsv(page, 'items.csv', buildMergeCsv(ROWS));
    await page.locator('dialog[data-screen="merge"] .screen-head button').click();

    expect(await page.getByTestId('print-route').inputValue()).toBe('download');
    expect(await page.getByTestId('print-start').textContent()).toBe('Download printer file (20 labels)');
    const file = await catchDownload(page, () => page.getByTestId('print-start').click());
    expect(file.name).toBe('Merge-test.tspl');
    await page.waitForSelector('[data-testid="print-progress"][data-state="saved"]');
    expect(await page.getByTestId('print-progress').textContent()).toContain('Saved 20 of 20 labels in a printer file');
    const labels = decodeTsplLabels(file.bytes);
    expect(labels).toHaveLength(ROWS);
    for (const [i, bitmap] of labels.entries()) {
      const symbols = await decodeBarcodes(bitmap, { formats: ['EAN13'], borderDots: 16 });
      expect(symbols.map((s) => s.text.slice(0, 12)), `label ${i + 1}`).toEqual([mergeCodeOf(i + 1)]);
    }
    await context.close();
  });
});
