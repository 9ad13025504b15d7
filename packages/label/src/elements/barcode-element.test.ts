import { describe, expect, it } from 'vitest';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { countInk, getPixel, hashBitmap, type Bitmap1 } from '../bitmap/bitmap1';
import type { Issue } from '../errors/issue';
import { mmToDots } from '../units';
import { decodeBitmap } from '../../tests/support/zxing';
import { barcodeElement, type BarcodeElement } from './barcode-element';
import type { ElementContext } from './element-kind';

const fonts = loadBundledFonts();
const ctx = (dpi = 203): ElementContext => ({ dpi, fonts, path: 'elements[1]', warn: (_i: Issue) => undefined });
const parse = (fields: Record<string, unknown>): BarcodeElement =>
  barcodeElement.schema.parse({ type: 'barcode', xMm: 0, yMm: 0, widthMm: 50, heightMm: 25, ...fields });
const box = (el: BarcodeElement, dpi = 203) => ({ widthDots: mmToDots(el.widthMm, dpi), heightDots: mmToDots(el.heightMm, dpi) });

/** Width of the narrowest ink run in a row: the module the element chose. */
function narrowestRun(bmp: Bitmap1, y: number): number {
  let best = Infinity;
  let run = 0;
  for (let x = 0; x <= bmp.width; x++) {
    if (x < bmp.width && getPixel(bmp, x, y)) run++;
    else if (run) { best = Math.min(best, run); run = 0; }
  }
  return best;
}

describe('barcode element', () => {
  it('fills in defaults and rejects unknown fields', () => {
    const el = parse({ symbology: 'code128', data: 'X' });
    expect(el).toMatchObject({ textSizePt: 8, qrErrorLevel: 'M', checkDigit: false, align: 'center', rotation: 0 });
    expect(barcodeElement.schema.safeParse({ ...el, colour: 'red' }).success).toBe(false);
    expect(barcodeElement.schema.safeParse({ ...el, moduleDots: 2.5 }).success).toBe(false);
    expect(barcodeElement.schema.safeParse({ ...el, moduleDots: 21 }).success).toBe(false);
    expect(barcodeElement.templatedFields).toEqual(['data']);
  });

  it('picks the largest whole module that fits and the symbol decodes with its text below', async () => {
    const el = parse({ symbology: 'code128', data: 'INK-0042', widthMm: 50 });
    const b = box(el);
    const bmp = barcodeElement.render(el, b, ctx());
    expect([bmp.width, bmp.height]).toEqual([b.widthDots, b.heightDots]);
    // 8 chars -> 101 modules + 20 quiet = 121 modules; 50 mm = 400 dots -> 3 dots per module.
    expect(narrowestRun(bmp, 10)).toBe(3);
    expect(await decodeBitmap(bmp)).toContainEqual({ format: 'Code128', text: 'INK-0042', symbologyIdentifier: ']C0' });
    let textInk = 0;
    for (let y = b.heightDots - 20; y < b.heightDots; y++) for (let x = 0; x < b.widthDots; x++) if (getPixel(bmp, x, y)) textInk++;
    expect(textInk).toBeGreaterThan(0);
  });

  it('draws EAN-13 with guard bars and digit groups and still decodes', async () => {
    const el = parse({ symbology: 'ean13', data: '590123412345', widthMm: 40, heightMm: 25 });
    const bmp = barcodeElement.render(el, box(el), ctx());
    expect(await decodeBitmap(bmp)).toContainEqual({ format: 'EAN13', text: '5901234123457', symbologyIdentifier: ']E0' });
  });

  it('keeps 2D symbols square and unlabelled by default', async () => {
    const el = parse({ symbology: 'qrcode', data: 'https://inkless.example/a', widthMm: 30, heightMm: 30 });
    const bmp = barcodeElement.render(el, box(el), ctx(300));
    expect(await decodeBitmap(bmp)).toContainEqual({ format: 'QRCode', text: 'https://inkless.example/a', symbologyIdentifier: ']Q1' });
  });

  it('reports a box that is too small with the size it needs, instead of squeezing', () => {
    const el = parse({ symbology: 'gs1-128', data: '(01)09501101530003(17)250101(10)ABC', widthMm: 30 });
    const issues = barcodeElement.check!(el, box(el), ctx());
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('INKLESS_BARCODE_TOO_BIG');
    expect(issues[0]!.path).toBe('elements[1]');
    // 233 modules + 20 quiet at the 2-dot minimum = 506 dots = 63.3 mm.
    expect(issues[0]!.message).toMatch(/^GS1-128 needs a box of at least 63\.3 x [\d.]+ mm at a 2-dot \(0\.250 mm\) module; the box is 30\.0 x 25\.0 mm/);
    expect(() => barcodeElement.render(el, box(el), ctx())).toThrow(/needs a box of at least/);
  });

  it('refuses a module below the scannable minimum and a box too low for the text', () => {
    const el = parse({ symbology: 'ean13', data: '590123412345', moduleDots: 2 });
    expect(barcodeElement.check!(el, box(el, 300), ctx(300))[0]).toMatchObject({ code: 'INKLESS_BARCODE_OPTION', path: 'elements[1].moduleDots' });
    const low = parse({ symbology: 'code128', data: 'A', heightMm: 2 });
    expect(barcodeElement.check!(low, box(low), ctx())[0]!.code).toBe('INKLESS_BARCODE_TOO_BIG');
  });

  it('passes data issues through with the element path', () => {
    const el = parse({ symbology: 'ean13', data: '123' });
    expect(barcodeElement.check!(el, box(el), ctx())).toEqual([{ code: 'INKLESS_BARCODE_LENGTH', path: 'elements[1].data', message: 'EAN-13 needs 12 or 13 digits, got 3' }]);
  });

  it('honours moduleDots, barHeightMm, showText and align', () => {
    const el = parse({ symbology: 'code128', data: 'AB', moduleDots: 2, barHeightMm: 10, showText: false, align: 'left' });
    const bmp = barcodeElement.render(el, box(el), ctx());
    expect(narrowestRun(bmp, 5)).toBe(2);
    const barRows = mmToDots(10, 203);
    expect(countInk({ ...bmp, height: barRows, data: bmp.data.subarray(0, barRows * bmp.stride) })).toBe(countInk(bmp));
    let firstInk = bmp.width;
    for (let x = 0; x < bmp.width; x++) if (getPixel(bmp, x, 5)) { firstInk = x; break; }
    expect(firstInk).toBe(20); // 10-module quiet zone at 2 dots, left aligned
  });

  it('is deterministic', () => {
    const el = parse({ symbology: 'datamatrix', data: 'LOT 7', widthMm: 20, heightMm: 20 });
    expect(hashBitmap(barcodeElement.render(el, box(el), ctx()))).toBe(hashBitmap(barcodeElement.render(el, box(el), ctx())));
  });
});
