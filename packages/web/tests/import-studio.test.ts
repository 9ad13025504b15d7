import { findPageRegions, pdfSourcePage, prepareLabels, type PageRegion } from '@inkless/import';
import { decodeSymbolsWithZxing, loadPdfEngine } from '@inkless/import/node';
import { mmToDots, validateDocument, type Bitmap1 } from '@inkless/label';
import { encodePng1 } from '@inkless/label/output';
import { startVirtualPrinter, type VirtualPrinter } from '@inkless/printers/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the import package's carrier-style PDFs, and the CLI's ZXing decoder for what the printer printed.
import { makeCarrierPdf } from '../../import/tests/support/carrier-pdf';
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { chooseImportOption, dropFileOnCanvas, hexToBitmap, IMPORT_SCREEN, inkBox, openFileThroughPicker, readImportCanvasBits, readImportedLabel, waitForImport } from './support/import-files';
import { renderLabelInNode } from './support/import-render';
import { openStudio, readCanvasBits, readDocument } from './support/studio-page';
import { ARTIFACTS } from './support/studio-suite';
import { startStudioFixture, type StudioFixture } from './support/studio-server';

/** The studio's printer and the stock the import screen starts with: a 203 dpi TSPL printer, 4 x 6 in labels. */
const STOCK = { widthDots: mmToDots(101.6, 203), heightDots: mmToDots(152.4, 203), dpi: 203 };

/** What `inkless print` makes of page 1 of a PDF in Node: the same engine, pipeline and options as the studio. */
async function prepareInNode(bytes: Uint8Array, region?: PageRegion): Promise<{ bitmap: Bitmap1; region: PageRegion }> {
  const pdf = (await loadPdfEngine()).open(bytes);
  try {
    const source = pdfSourcePage(pdf, 0, STOCK);
    const chosen = region ?? findPageRegions(source, STOCK)[0]!;
    for await (const label of prepareLabels([source], { stock: STOCK, region: chosen, rotate: 'auto', fit: 'fit', force: true, decode: decodeSymbolsWithZxing })) {
      return { bitmap: label.bitmap, region: chosen };
    }
    throw new Error('prepareLabels gave no label');
  } finally {
    pdf.close();
  }
}

const texts = (symbols: readonly { format: string; text: string }[]) => symbols.map((s) => s.text).sort();

describe('importing PDFs, pictures and ZPL in the studio, in Chromium', () => {
  let fixture: StudioFixture;
  let printer: VirtualPrinter;
  const printed: Bitmap1[] = [];

  beforeAll(async () => {
    printer = await startVirtualPrinter({ port: 0, language: 'tspl', log: () => undefined, warn: () => undefined, onLabel: (label) => printed.push(label.bitmap) });
    // The server prints only to printers its administrator set up: this one, on loopback.
    fixture = await startStudioFixture({ INKLESS_PRINTERS: JSON.stringify([{ id: 'desk', name: 'Desk printer', uri: `tcp://127.0.0.1:${printer.port}`, profile: 'generic-tspl-203' }]) });
  });

  afterAll(async () => {
    await printer?.close();
    await fixture?.close();
  });

  const openPage = async (): Promise<Page> => {
    const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    await openStudio(page, fixture.origin);
    return page;
  };

  it('a carrier PDF dropped on the canvas shows its 1-bit label at 203 dpi, dot for dot what Node makes, and prints through the server to a label whose barcodes read the same', { timeout: 180_000 }, async () => {
    const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' });
    const truth = carrier.pages[0]!.labels[0]!;
    const page = await openPage();
    // Sign up through the API from the page (server printing needs an account), then open the studio again signed in.
    const signedUp = await page.evaluate(async () => {
      const { token } = await (await fetch('/api/auth/csrf')).json();
      const res = await fetch('/api/auth/signup', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify({ email: 'import@example.test', password: 'correct horse battery staple 42', displayName: 'Import Tester' }),
      });
      return res.status;
    });
    expect(signedUp).toBe(201);
    await openStudio(page, fixture.origin);
    // Nothing leaves the studio's own origin: PDFium's and ZXing's wasm are the studio's files, never a CDN's.
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(fixture.origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) elsewhere.push(request.url());
    });

    await dropFileOnCanvas(page, 'shipping-label.pdf', carrier.bytes, 'application/pdf');
    await page.locator(IMPORT_SCREEN).waitFor();
    // Long work shows where it is (drawing the page, finding the label, reading the barcodes).
    const progress = await page.waitForFunction(() => document.querySelector('dialog[data-screen="import"] [data-testid="import-progress"]')?.textContent);
    expect(await progress.jsonValue()).toMatch(/^Page 1 of 1: /);
    expect(await waitForImport(page)).toBe('ready');
    await page.screenshot({ path: `${ARTIFACTS}import-carrier-pdf.png` });

    const browser = await readImportedLabel(page);
    expect([browser.bits.width, browser.bits.height]).toEqual([STOCK.widthDots, STOCK.heightDots]);
    // The preview canvas shows exactly the label's dots.
    expect(await readImportCanvasBits(page)).toEqual(browser.bits);
    // The same PDF through the same pipeline in Node: the same region and the same dots, bit for bit.
    const node = await prepareInNode(carrier.bytes);
    expect(browser.region).toEqual(node.region);
    expect(browser.bits.hex === Buffer.from(node.bitmap.data).toString('hex'), 'the studio\'s label differs from Node\'s').toBe(true);
    // The landscape 4x6 on the Letter half was turned to the portrait stock.
    expect([90, 270]).toContain(browser.rotation);
    // Every barcode was read on the page and reads the same on the label.
    expect(texts(browser.before)).toEqual([truth.code128, truth.pdf417].sort());
    expect(browser.ok).toBe(true);
    expect(await page.locator(`${IMPORT_SCREEN} [data-testid="import-barcodes"] li[data-check="ok"]`).count()).toBe(2);
    expect(await page.locator(`${IMPORT_SCREEN} [data-testid="import-barcodes"] li[data-check="lost"], ${IMPORT_SCREEN} [data-testid="import-barcodes"] li[data-check="changed"]`).count()).toBe(0);

    // "Use this label": one image element of exactly these dots on the canvas.
    await page.getByTestId('import-use').click();
    await page.locator(IMPORT_SCREEN).waitFor({ state: 'detached' });
    const doc = await readDocument(page);
    expect(doc.elements.map((e) => e.type)).toEqual(['image']);
    expect(doc.label.dpi).toBe(203);
    await expect.poll(async () => (await readCanvasBits(page)).hex, { timeout: 20_000 }).toBe(browser.bits.hex);

    // Print through the server to the virtual printer.
    await page.getByLabel('Printer connection').selectOption('server');
    const printerList = page.getByLabel('Server printer');
    await printerList.focus();
    await expect.poll(() => printerList.locator('option').allTextContents()).toEqual(['…', 'Desk printer']);
    await printerList.selectOption('desk');
    await page.getByTestId('print-start').click();
    await page.waitForSelector('[data-testid="print-progress"][data-state="done"]', { timeout: 45_000 });
    expect(printed).toHaveLength(1);
    const read = await decodeBarcodes(printed[0]!, { borderDots: 16 });
    expect(texts(read)).toEqual([truth.code128, truth.pdf417].sort());
    expect(elsewhere).toEqual([]);
    await page.context().close();
  });

  it('a PDF with two labels a page offers both, and its other pages; turning and sizing change the label as asked', { timeout: 180_000 }, async () => {
    const carrier = makeCarrierPdf({ paper: 'letter', layout: 'halves', form: 'image', pages: 2 });
    const [first, second] = carrier.pages[0]!.labels;
    const page = await openPage();
    await dropFileOnCanvas(page, 'two-labels.pdf', carrier.bytes, 'application/pdf');
    expect(await waitForImport(page)).toBe('ready');
    const regionSelect = page.locator(`${IMPORT_SCREEN} [data-testid="import-region"]`);
    expect(await regionSelect.locator('option[value^="found-"]').count()).toBe(2);
    expect(texts((await readImportedLabel(page)).before)).toEqual([first!.code128, first!.pdf417].sort());

    expect(await chooseImportOption(page, 'import-region', 'found-1')).toBe('ready');
    const secondLabel = await readImportedLabel(page);
    expect(texts(secondLabel.before)).toEqual([second!.code128, second!.pdf417].sort());
    expect(secondLabel.region.y).toBeGreaterThan(secondLabel.sourceDpi * 5);
    // Automatic turn: the landscape label stands up on the portrait stock and fills its height.
    expect([90, 270]).toContain(secondLabel.rotation);
    const turned = inkBox(hexToBitmap(secondLabel.bits))!;
    expect(turned.height).toBeGreaterThan(STOCK.heightDots * 0.9);

    // Not turned and fitted: the 6 x 4 in label keeps its landscape shape inside the 4 in width, so it is about 2/3 as tall as it is wide.
    expect(await chooseImportOption(page, 'import-rotate', '0')).toBe('ready');
    const flat = await readImportedLabel(page);
    expect(flat.rotation).toBe(0);
    expect([flat.bits.width, flat.bits.height]).toEqual([STOCK.widthDots, STOCK.heightDots]);
    const flatInk = inkBox(hexToBitmap(flat.bits))!;
    expect(flatInk.width).toBeGreaterThan(STOCK.widthDots * 0.9);
    expect(flatInk.height).toBeLessThan(flatInk.width * 0.75);
    expect(flatInk.height).toBeGreaterThan(flatInk.width * 0.55);

    // Fill: the same unturned label covers the stock's height too (its sides are cropped).
    expect(await chooseImportOption(page, 'import-fit', 'fill')).toBe('ready');
    const filled = inkBox(hexToBitmap((await readImportedLabel(page)).bits))!;
    expect(filled.height).toBeGreaterThan(STOCK.heightDots * 0.9);

    // Actual size, turned again: a 4 x 6 in label on 4 x 6 in stock is printed at its own size.
    await chooseImportOption(page, 'import-fit', 'actual');
    expect(await chooseImportOption(page, 'import-rotate', 'auto')).toBe('ready');
    const actual = inkBox(hexToBitmap((await readImportedLabel(page)).bits))!;
    expect(Math.abs(actual.width - 4 * 203)).toBeLessThan(0.05 * 4 * 203);
    expect(Math.abs(actual.height - 6 * 203)).toBeLessThan(0.05 * 6 * 203);

    // Page 2 of 2: its first label, found again on that page.
    expect(await page.locator(`${IMPORT_SCREEN} [data-testid="import-page"] option`).allTextContents()).toEqual(['Page 1 of 2', 'Page 2 of 2']);
    expect(await chooseImportOption(page, 'import-page', '1')).toBe('ready');
    const third = carrier.pages[1]!.labels[0]!;
    expect(texts((await readImportedLabel(page)).before)).toEqual([third.code128, third.pdf417].sort());
    await page.context().close();
  });

  it('a PNG picture opens from the file picker and becomes a label with its barcode checked; a part drawn on the page becomes the region', { timeout: 120_000 }, async () => {
    const doc = validateDocument({
      schemaVersion: 2, name: 'Picture', label: { widthMm: 50, heightMm: 30, dpi: 203, media: { type: 'gap', gapMm: 2 } }, variables: {},
      elements: [{ type: 'barcode', xMm: 4, yMm: 4, widthMm: 42, heightMm: 20, symbology: 'code128', data: 'PNG-12345' }],
    });
    if (!doc.ok) throw new Error(doc.issues[0]?.message);
    const page = await openPage();
    const bitmap = renderLabelInNode(doc.value);
    await openFileThroughPicker(page, 'label.png', encodePng1(bitmap, { dpi: 203 }), 'image/png');
    expect(await waitForImport(page)).toBe('ready');
    const label = await readImportedLabel(page);
    expect(label.before.map((s) => s.text)).toEqual(['PNG-12345']);
    expect(label.ok).toBe(true);

    // A part drawn on the page by hand (the left half of the picture) becomes the region.
    const thumb = (await page.getByTestId('import-page-canvas').boundingBox())!;
    const run = Number(await page.getByTestId('import-view').getAttribute('data-run'));
    await page.mouse.move(thumb.x + 1, thumb.y + 1);
    await page.mouse.down();
    await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height - 1, { steps: 6 });
    await page.mouse.up();
    await page.locator(`${IMPORT_SCREEN} [data-testid="import-view"]:not([data-run="${run}"])`).waitFor();
    expect(await waitForImport(page)).toBe('ready');
    const drawn = await readImportedLabel(page);
    expect(drawn.region.found).toBe('given');
    expect(drawn.region.x).toBeLessThan(4);
    expect(Math.abs(drawn.region.width - bitmap.width / 2)).toBeLessThan(bitmap.width * 0.03);
    expect(await page.locator(`${IMPORT_SCREEN} [data-testid="import-region"]`).inputValue()).toBe('drawn');

    // Back to the label found, and use it.
    expect(await chooseImportOption(page, 'import-region', 'found-0')).toBe('ready');
    await page.getByTestId('import-use').click();
    expect((await readDocument(page)).elements.map((e) => e.type)).toEqual(['image']);
    await page.context().close();
  });

  it('a ZPL file opens as an editable label, and a command it does not support is named with its byte offset', async () => {
    const zpl = '^XA^PW406^LL203^FO20,20^A0N,30,30^FDHello ZPL^FS^FO20,60^BY2^BCN,80,N^FD12345678^FS^FO10,10^GB380,180,2^FS^MCY^XZ';
    const page = await openPage();
    await dropFileOnCanvas(page, 'label.zpl', new TextEncoder().encode(zpl));
    await page.locator(`${IMPORT_SCREEN} [data-testid="import-view"]`).waitFor();
    const notices = page.locator(`${IMPORT_SCREEN} [data-testid="import-zpl-notices"] li`);
    expect(await notices.count()).toBeGreaterThan(0);
    const offset = zpl.indexOf('^MCY');
    expect(await notices.evaluateAll((items) => items.map((li) => li.getAttribute('data-offset')))).toContain(String(offset));
    expect(await notices.allTextContents()).toContainEqual(expect.stringContaining(`at byte ${offset}`));
    await page.getByTestId('import-use').click();
    await page.locator(IMPORT_SCREEN).waitFor({ state: 'detached' });
    const doc = await readDocument(page);
    const kinds = doc.elements.map((e) => e.type);
    expect(kinds).toContain('text');
    expect(kinds).toContain('barcode');
    const barcode = doc.elements.find((e) => e.type === 'barcode') as { data?: string } | undefined;
    expect(barcode?.data).toBe('12345678');
    await page.context().close();
  });

  it('a damaged PDF says what is wrong, with its code, and the label on the canvas stays as it was', async () => {
    const page = await openPage();
    const before = await readDocument(page);
    const whole = makeCarrierPdf({}).bytes;
    await dropFileOnCanvas(page, 'cut-short.pdf', whole.slice(0, Math.floor(whole.length / 3)), 'application/pdf');
    const problem = page.locator(`${IMPORT_SCREEN} [data-testid="import-problem"]`);
    await problem.waitFor({ timeout: 60_000 });
    expect(await problem.getAttribute('data-code')).toMatch(/^INKLESS_IMPORT_PDF_/);
    expect(await problem.textContent()).toContain('This file cannot be imported.');
    expect(await page.getByTestId('import-use').count()).toBe(0);
    await page.locator(`${IMPORT_SCREEN} .screen-head button`).click();
    await page.locator(IMPORT_SCREEN).waitFor({ state: 'detached' });
    expect(await readDocument(page)).toEqual(before);
    await page.context().close();
  });

  it('a barcode the chosen size destroys is shown in red, and the label is not used (so not printed) without "print anyway"', { timeout: 180_000 }, async () => {
    const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' });
    const page = await openPage();
    const before = (await readDocument(page)).elements.length;
    await dropFileOnCanvas(page, 'shipping-label.pdf', carrier.bytes, 'application/pdf');
    expect(await waitForImport(page)).toBe('ready');
    // 25 x 15 mm at 203 dpi: far too few dots for the PDF417 and the Code 128 of a 4 x 6 label.
    expect(await chooseImportOption(page, 'import-stock', 'roll-25x15mm')).toBe('ready');
    const label = await readImportedLabel(page);
    expect(label.ok).toBe(false);
    expect(label.lost + label.changed).toBeGreaterThan(0);
    const check = page.locator(`${IMPORT_SCREEN} [data-testid="import-barcodes"]`);
    expect(await check.getAttribute('data-ok')).toBe('false');
    expect(await check.locator('li.import-check-bad').count()).toBe(label.lost + label.changed);
    expect(await check.locator('li.import-check-bad').first().evaluate((li) => getComputedStyle(li).color)).toBe('rgb(209, 36, 47)');
    await page.screenshot({ path: `${ARTIFACTS}import-barcode-lost.png` });
    const use = page.getByTestId('import-use');
    expect(await use.isDisabled()).toBe(true);
    expect((await readDocument(page)).elements.length).toBe(before);
    await page.getByTestId('import-print-anyway').check();
    expect(await use.isDisabled()).toBe(false);
    await use.click();
    const doc = await readDocument(page);
    expect(doc.elements.map((e) => e.type)).toEqual(['image']);
    expect(doc.label.widthMm).toBeCloseTo(25, 0);
    await page.context().close();
  });
});
