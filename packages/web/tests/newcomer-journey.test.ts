import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderLabel, validateDocument, type Bitmap1, type LabelDocument } from '@inkless/label';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the one Node font loader and the CLI's ZXing decoder.
import { loadBundledFonts } from '../../cli/src/fonts/load-bundled-fonts';
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { CANVAS_TEXT_EDITOR, editTextOnCanvas } from './support/canvas-text';
import { launchWithFakeCamera, writeBarcodeY4m } from './support/fake-camera';
import { chooseStarter, openLabelFile, saveLabelFile, START_SCREEN } from './support/label-files';
import { decodeTsplLabels, downloadMerged, installFakeUsbPrinter, loadMergeCsv, mergeCodeOf, readFakeUsbBytes } from './support/merge-helpers';
import { findSidewaysOverflow, openSheet, PHONE_390 } from './support/phone-page';
import { openStudio, readCanvasBits, readDocument } from './support/studio-page';
import { ARTIFACTS, useStudioFixture } from './support/studio-suite';

const ROWS = 20;
/** What the fake camera shows: an EAN-13 the person scans into the label's {{ean}} sample. */
const SCANNED = '4006381333931';
const csv = ['product,ean', ...Array.from({ length: ROWS }, (_, i) => `Item ${i + 1},${mergeCodeOf(i + 1)}`)].join('\r\n');
const fonts = loadBundledFonts();
const hex = (bitmap: Bitmap1) => Buffer.from(bitmap.data).toString('hex');

/** Data row `i` (1-based) as the engine draws it in Node: what every output of the studio must agree with. */
function renderRow(doc: LabelDocument, i: number): Bitmap1 {
  const drawn = renderLabel(doc, { fonts }, { row: { product: `Item ${i}`, ean: mergeCodeOf(i) }, labelIndex: i - 1, printIndex: i - 1, tzOffsetMinutes: 0, nowMs: 0 });
  if (!drawn.ok) throw new Error(drawn.issues[0]?.message);
  return drawn.value.bitmap;
}

async function expectBarcodesOfRows(labels: readonly Bitmap1[], what: string): Promise<void> {
  expect(labels, what).toHaveLength(ROWS);
  for (const [i, bitmap] of labels.entries()) {
    const symbols = await decodeBarcodes(bitmap, { formats: ['EAN13'], borderDots: 16 });
    expect(symbols.map((s) => s.text.slice(0, 12)), `${what}, label ${i + 1}`).toEqual([mergeCodeOf(i + 1)]);
  }
}

const SCREENS = [
  { name: 'a phone (390x844, touch)', viewport: PHONE_390, touch: true },
  { name: 'a desk (1440x900)', viewport: { width: 1440, height: 900 }, touch: false },
] as const;

/**
 * Issue 13's acceptance as one newcomer's first session, signed out, on a phone and on a desk:
 * a starter, typing on the canvas (with an input method), a barcode scanned with the camera, a
 * 20-row merge downloaded as a PDF and a TSPL file, printed to a USB printer, and the label
 * saved as a file and opened again.
 */
describe.each(SCREENS)('a newcomer\'s first label on $name', ({ viewport, touch }) => {
  const fixture = useStudioFixture();
  let dir = '';
  let browser: Browser;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'inkless-journey-'));
    const video = join(dir, 'ean.y4m');
    writeBarcodeY4m(video, 'ean13', SCANNED);
    browser = await launchWithFakeCamera(video);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** On a phone the panels are sheets: open the one holding `testId`'s panel first. */
  const reach = async (page: Page, sheet: string) => {
    if (touch) await openSheet(page, sheet);
  };

  it('starts from a starter, types on the canvas, scans, merges 20 rows, downloads them, prints them over USB and saves the label as a file', async () => {
    const context = await browser.newContext({ viewport, isMobile: touch, hasTouch: touch, locale: 'en-US', acceptDownloads: true });
    await installFakeUsbPrinter(context);
    const page = await context.newPage();
    await openStudio(page, fixture.origin, { keepStartScreen: true });
    const shot = (step: string) => page.screenshot({ path: `${ARTIFACTS}journey-${viewport.width}-${step}.png` });

    // The start screen: a starter by use.
    await page.locator(START_SCREEN).waitFor();
    expect(await findSidewaysOverflow(page)).toEqual([]);
    await shot('start');
    const started = await chooseStarter(page, 'price-tag');
    expect(validateDocument(started).ok).toBe(true);
    expect(started.elements.map((e) => e.type)).toEqual(['text', 'text', 'barcode']);
    await page.getByRole('button', { name: 'Reject all' }).click();

    // Double-tap (double-click) the price and type, then finish with an input method composition.
    await editTextOnCanvas(page, 1, 'Best price ', { touch, finish: 'none' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '价', selectionStart: 1, selectionEnd: 1 });
    expect((await readDocument(page)).elements[1]).toMatchObject({ text: 'Best price ' });
    await cdp.send('Input.insertText', { text: '价格' });
    await page.keyboard.press('Escape');
    await page.locator(CANVAS_TEXT_EDITOR).waitFor({ state: 'detached' });
    expect((await readDocument(page)).elements[1]).toMatchObject({ text: 'Best price 价格' });
    expect(await page.evaluate(() => window.__inklessStudio!.editor.store.getState().tool.id)).toBe('select.idle');
    expect(await findSidewaysOverflow(page)).toEqual([]);
    await shot('edited');

    // Scan the EAN-13 shown to the camera into the {{ean}} field's sample value.
    await reach(page, 'variables');
    await page.locator('[data-scan-field="ean"]').click();
    await page.locator('dialog.scan-dialog').waitFor();
    await page.locator('dialog.scan-dialog').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().sampleRow['ean'])).toBe(SCANNED);

    // Merge 20 rows and download them all as one PDF and as one TSPL file.
    await reach(page, 'merge');
    await loadMergeCsv(page, 'items.csv', csv);
    // The rows' table may be wider than a phone: it scrolls inside its own box, the page does not.
    expect((await findSidewaysOverflow(page)).filter((what) => !/^(table|thead|tbody|tr)\./.test(what))).toEqual([]);
    await shot('merge');
    const pdf = (await downloadMerged(page, 'pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(ROWS);
    const tspl = decodeTsplLabels(await downloadMerged(page, 'tspl'));
    await expectBarcodesOfRows(tspl, 'the TSPL file');
    await page.locator('dialog[data-screen="merge"] .screen-head button').click();

    // Print the merge signed out: the route needs no account, and the printer gets the engine's bits.
    await reach(page, 'print');
    expect(await page.getByTestId('print-route').inputValue()).toBe('usb');
    await page.getByTestId('print-start').click();
    await page.waitForSelector('[data-testid="print-progress"][data-state="done"]', { timeout: 60_000 });
    const printed = decodeTsplLabels(await readFakeUsbBytes(page));
    await expectBarcodesOfRows(printed, 'the USB printer');
    const doc = await readDocument(page);
    printed.forEach((bitmap, i) => expect(hex(bitmap) === hex(renderRow(doc, i + 1)), `printed label ${i + 1} has the engine's bits`).toBe(true));
    expect(tspl.map(hex)).toEqual(printed.map(hex));
    if (touch) await page.keyboard.press('Escape');
    // The canvas shows the merge's first row dot for dot at 100 %: the first label printed.
    await page.getByTestId('zoom-actual').click();
    const shown = await readCanvasBits(page);
    expect(shown.hex === hex(printed[0]!), 'the canvas shows the bits the printer got').toBe(true);

    // Save the label as a file and open it again: the same document.
    const saved = await saveLabelFile(page);
    const before = await readDocument(page);
    expect(JSON.parse(saved.toString('utf8'))).toMatchObject({ name: before.name, elements: before.elements.map((e) => ({ type: e.type })) });
    await page.evaluate(() => window.__inklessStudio!.newLabel());
    expect((await readDocument(page)).elements).toHaveLength(0);
    await openLabelFile(page, 'price-tag.json', saved);
    await expect.poll(async () => (await readDocument(page)).elements.length).toBe(3);
    expect(await readDocument(page)).toEqual(before);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    expect(await findSidewaysOverflow(page)).toEqual([]);
    await shot('done');
    await context.close();
  }, 240_000);
});
