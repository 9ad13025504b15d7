// Thin bars: a naive resample of a fine Code 128 loses or merges bars, the snapped one has every bar
// and space a whole number of dots and reads back. Fit modes: sizes of fit, fill and actual.
import { getPixel, type Bitmap1 } from '@inkless/label';
import { describe, expect, it } from 'vitest';
import { bitmapToGrey, placeOnStock, type FoundSymbol, type GreyImage, type PageRegion } from '../../src/index';
import { decodeSymbolsWithZxing } from '../../src/node';
import { renderToBitmap, shippingLabelDocument } from '../support/synthetic-page';

/** Bar, space, bar, ... widths along row y between the first and last ink dot in [x0, x1). */
function runsAlong(bmp: Bitmap1, y: number, x0 = 0, x1 = bmp.width): number[] {
  const line = Array.from({ length: x1 - x0 }, (_, i) => getPixel(bmp, x0 + i, y));
  const first = line.indexOf(true);
  const last = line.lastIndexOf(true);
  const runs: number[] = [];
  for (let i = first; i <= last; ) {
    let j = i;
    while (j <= last && line[j] === line[i]) j++;
    runs.push(j - i);
    i = j;
  }
  return runs;
}

/** A 4x6 label rendered at 600 dpi with a Code 128 of `moduleDots` (600 dpi dots), as a grey page. */
function finePage(moduleDots: number): { page: GreyImage; region: PageRegion } {
  const bmp = renderToBitmap(shippingLabelDocument(101.6, 152.4, 600, '1Z999AA10123456784', 'FINE-BARS', 'qrcode', moduleDots));
  const page = bitmapToGrey(bmp, 0);
  return { page, region: { x: 0, y: 0, width: page.width, height: page.height, found: 'given' } };
}

/** The Code 128 on the page as ZXing reads it (its box in page pixels). */
async function sourceCode128(page: GreyImage): Promise<FoundSymbol> {
  const symbol = (await decodeSymbolsWithZxing(page)).find((s) => s.format === 'Code128');
  expect(symbol).toBeDefined();
  return symbol!;
}

function code128Row(out: Bitmap1, symbol: FoundSymbol, scale: number): number {
  return Math.round((symbol.box.y + symbol.box.height / 2) * scale);
}

describe('snapping linear barcodes to whole dots', () => {
  // 4 source dots at 600 dpi are 1.35 dots at 203 dpi; 5 are 2.5 dots at 300 dpi: neither whole.
  it.each([
    // At 1.35 dots the naive label does not even scan; at 2.5 it scans but its widths are wrong.
    { printerDpi: 203, moduleDots: 4, stock: { widthDots: 812, heightDots: 1218, dpi: 203 }, naiveScans: false },
    { printerDpi: 300, moduleDots: 5, stock: { widthDots: 1200, heightDots: 1800, dpi: 300 }, naiveScans: true },
  ])('at $printerDpi dpi: naive resampling gets widths wrong, snapped bars are whole modules and read back', async ({ moduleDots, stock, naiveScans }) => {
    const { page, region } = finePage(moduleDots);
    const symbol = await sourceCode128(page);
    const options = { sourceDpi: 600, fit: 'actual' as const, rotate: 0 as const };

    // The source's own runs, in modules (600 dpi dots / moduleDots): the truth.
    const sourceBmp = renderToBitmap(shippingLabelDocument(101.6, 152.4, 600, '1Z999AA10123456784', 'FINE-BARS', 'qrcode', moduleDots));
    const sourceRow = Math.round(symbol.box.y + symbol.box.height / 2);
    // Only the symbol and a few modules of its quiet zone: the label's frame is not part of it.
    const pad = 5 * moduleDots;
    const truth = runsAlong(sourceBmp, sourceRow, symbol.box.x - pad, symbol.box.x + symbol.box.width + pad).map((r) => r / moduleDots);
    expect(truth.every(Number.isInteger)).toBe(true);

    const naive = placeOnStock(page, region, stock, options);
    const snapped = placeOnStock(page, region, stock, { ...options, snapSymbols: [symbol] });
    const row = code128Row(naive.bitmap, symbol, naive.scale);
    const from = Math.floor((symbol.box.x - pad) * naive.scale);
    const to = Math.ceil((symbol.box.x + symbol.box.width + pad) * naive.scale);

    // Naive: the run count or the widths no longer follow the module pattern with one whole-dot module.
    const naiveRuns = runsAlong(naive.bitmap, row, from, to);
    const naiveModule = naiveRuns.length === truth.length ? naiveRuns[0]! / truth[0]! : NaN;
    const naiveExact = naiveRuns.length === truth.length && naiveRuns.every((r, i) => r === truth[i]! * naiveModule);
    expect(naiveExact).toBe(false);
    const naiveRead = await decodeSymbolsWithZxing(bitmapToGrey(naive.bitmap));
    expect(naiveRead.map((s) => `${s.format}:${s.text}`).includes('Code128:1Z999AA10123456784')).toBe(naiveScans);

    // Snapped: every run is exactly its modules times one whole-dot module, and ZXing reads it.
    const snappedRuns = runsAlong(snapped.bitmap, row, from, to);
    expect(snappedRuns.length).toBe(truth.length);
    const dots = snappedRuns[0]! / truth[0]!;
    expect(Number.isInteger(dots) && dots >= 1).toBe(true);
    expect(snappedRuns).toEqual(truth.map((m) => m * dots));
    const after = await decodeSymbolsWithZxing(bitmapToGrey(snapped.bitmap));
    expect(after.map((s) => `${s.format}:${s.text}`)).toContain('Code128:1Z999AA10123456784');
  });
});

describe('fit modes', () => {
  // A 1800 x 1200 pixel box of ink at 300 dpi (6 x 4 in), on 4x6 in stock at 203 dpi.
  const page: GreyImage = { width: 2000, height: 1400, data: new Uint8Array(2000 * 1400).fill(255) };
  for (let y = 100; y < 1300; y++) page.data.fill(0, y * 2000 + 100, y * 2000 + 1900);
  const region: PageRegion = { x: 100, y: 100, width: 1800, height: 1200, found: 'given' };
  const stock = { widthDots: 812, heightDots: 1218, dpi: 203 };

  function inkBox(bmp: Bitmap1): { width: number; height: number } {
    let minX = bmp.width, minY = bmp.height, maxX = -1, maxY = -1;
    for (let y = 0; y < bmp.height; y++) for (let x = 0; x < bmp.width; x++) if (getPixel(bmp, x, y)) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
    return { width: maxX - minX + 1, height: maxY - minY + 1 };
  }

  it('fit: turned, whole label inside with the aspect kept', () => {
    const placed = placeOnStock(page, region, stock, { sourceDpi: 300, fit: 'fit' });
    expect(placed.rotation).toBe(90);
    expect([placed.bitmap.width, placed.bitmap.height]).toEqual([812, 1218]);
    expect(placed.scale).toBeCloseTo(Math.min(812 / 1200, 1218 / 1800), 6);
    const box = inkBox(placed.bitmap);
    expect(Math.abs(box.width - 1200 * placed.scale)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.height - 1800 * placed.scale)).toBeLessThanOrEqual(1);
  });

  it('fill: covers the stock, the excess cropped', () => {
    const placed = placeOnStock(page, region, stock, { sourceDpi: 300, fit: 'fill', rotate: 0 });
    expect(placed.scale).toBeCloseTo(Math.max(812 / 1800, 1218 / 1200), 6);
    expect(inkBox(placed.bitmap)).toEqual({ width: 812, height: 1218 });
  });

  it('actual: source mm = printed mm, centred', () => {
    const placed = placeOnStock(page, region, stock, { sourceDpi: 300, fit: 'actual', rotate: 90 });
    expect(placed.scale).toBeCloseTo(203 / 300, 9);
    const box = inkBox(placed.bitmap);
    // 4 x 6 in at 203 dpi: 812 x 1218 dots, within a dot.
    expect(Math.abs(box.width - 812)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.height - 1218)).toBeLessThanOrEqual(1);
    const small = placeOnStock(page, { ...region, width: 300, height: 300 }, stock, { sourceDpi: 300, fit: 'actual' });
    expect(inkBox(small.bitmap)).toEqual({ width: 203, height: 203 });
  });

  it('refuses a region outside the page with a code', () => {
    expect(() => placeOnStock(page, { x: 5000, y: 0, width: 10, height: 10, found: 'given' }, stock, { sourceDpi: 300 })).toThrow(expect.objectContaining({ code: 'INKLESS_IMPORT_BAD_REGION' }));
  });
});
