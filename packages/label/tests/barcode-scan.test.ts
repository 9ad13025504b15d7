// Acceptance tests for barcodes: whole-dot modules, clear quiet zones, and an independent decoder.
import { describe, expect, it } from 'vitest';
import { getPixel, type Bitmap1 } from '../src/bitmap/bitmap1';
import { computeCode39Check } from '../src/barcode/check-digit';
import { encodeBarcode, type BarcodeRequest } from '../src/barcode/encode-barcode';
import { wideDots } from '../src/barcode/raster-options';
import { rasterizeSymbol } from '../src/barcode/rasterize-symbol';
import type { BarcodeSymbol, LinearSymbol, MatrixSymbol } from '../src/barcode/symbol';
import { validateDocument } from '../src/document/validate-document';
import { renderLabel } from '../src/render/compile-label';
import { FontSet } from '../src/text/font-set';
import { decodeBitmap } from './support/zxing';

interface Case {
  readonly request: BarcodeRequest;
  /** What zxing reports: text and symbology identifier. */
  readonly text: string;
  readonly id: string;
  /** Quiet zones in modules required by protocols.md §7 ([left, right] or all sides). */
  readonly quiet: readonly [number, number];
}

const FIRST_CLASS: readonly Case[] = [
  { request: { symbology: 'code128', data: 'ABC-12345-xyz' }, text: 'ABC-12345-xyz', id: ']C0', quiet: [10, 10] },
  { request: { symbology: 'gs1-128', data: '(01)09501101530003(17)250101(10)ABC' }, text: '(01)09501101530003(17)250101(10)ABC', id: ']C1', quiet: [10, 10] },
  { request: { symbology: 'code39', data: 'INKLESS-39', checkDigit: true }, text: `INKLESS-39${computeCode39Check('INKLESS-39')}`, id: ']A', quiet: [10, 10] },
  { request: { symbology: 'code93', data: 'CODE 93' }, text: 'CODE 93', id: ']G0', quiet: [10, 10] },
  { request: { symbology: 'ean13', data: '590123412345' }, text: '5901234123457', id: ']E0', quiet: [11, 7] },
  { request: { symbology: 'ean8', data: '9638507' }, text: '96385074', id: ']E4', quiet: [7, 7] },
  { request: { symbology: 'upca', data: '03600029145' }, text: '0036000291452', id: ']E0', quiet: [9, 9] },
  { request: { symbology: 'upce', data: '0123456' }, text: '0012345000065', id: ']E0', quiet: [9, 7] },
  { request: { symbology: 'itf14', data: '1540014128876' }, text: '15400141288763', id: ']I1', quiet: [10, 10] },
  { request: { symbology: 'codabar', data: 'A40156B' }, text: 'A40156B', id: ']F0', quiet: [10, 10] },
  { request: { symbology: 'qrcode', data: 'https://example.com/labels?id=42&ü', qrErrorLevel: 'Q' }, text: 'https://example.com/labels?id=42&ü', id: ']Q1', quiet: [4, 4] },
  { request: { symbology: 'gs1qrcode', data: '(01)09501101530003(10)ABC' }, text: '(01)09501101530003(10)ABC', id: ']Q3', quiet: [4, 4] },
  { request: { symbology: 'datamatrix', data: 'DM-TEST-01' }, text: 'DM-TEST-01', id: ']d1', quiet: [2, 2] },
  { request: { symbology: 'gs1datamatrix', data: '(01)09501101530003(17)250101(10)ABC' }, text: '(01)09501101530003(17)250101(10)ABC', id: ']d2', quiet: [2, 2] },
  { request: { symbology: 'pdf417', data: 'PDF417 on a label' }, text: 'PDF417 on a label', id: ']L2', quiet: [2, 2] },
  { request: { symbology: 'azteccode', data: 'Aztec 2024' }, text: 'Aztec 2024', id: ']z0', quiet: [2, 2] },
];

const OTHERS: readonly Case[] = [
  { request: { symbology: 'databaromni', data: '(01)09501101530003' }, text: '(01)09501101530003', id: ']e0', quiet: [0, 0] },
  { request: { symbology: 'databarlimited', data: '(01)09501101530003' }, text: '(01)09501101530003', id: ']e0', quiet: [0, 0] },
  { request: { symbology: 'databarexpanded', data: '(01)09501101530003(17)250101' }, text: '(01)09501101530003(17)250101', id: ']e0', quiet: [0, 0] },
  { request: { symbology: 'interleaved2of5', data: '12345678' }, text: '12345678', id: ']I0', quiet: [10, 10] },
  { request: { symbology: 'code39ext', data: 'Mixed case' }, text: 'Mixed case', id: ']A4', quiet: [10, 10] },
  { request: { symbology: 'code93ext', data: 'Code93ext', options: { includecheck: true } }, text: 'Code93ext', id: ']G0', quiet: [10, 10] },
  { request: { symbology: 'code32', data: '01234567' }, text: 'A012345676', id: ']A0', quiet: [10, 10] },
  { request: { symbology: 'pzn', data: '123456' }, text: '-1234562', id: ']A0', quiet: [10, 10] },
  { request: { symbology: 'telepen', data: 'TELEPEN' }, text: 'TELEPEN', id: ']B0', quiet: [10, 10] },
  { request: { symbology: 'isbn', data: '978-1-56581-231-4' }, text: '9781565812314', id: ']E0', quiet: [10, 10] },
  { request: { symbology: 'microqrcode', data: '12345' }, text: '12345', id: ']Q1', quiet: [2, 2] },
  { request: { symbology: 'micropdf417', data: 'MICRO' }, text: 'MICRO', id: ']L2', quiet: [2, 2] },
  { request: { symbology: 'azteccodecompact', data: 'AZ' }, text: 'AZ', id: ']z0', quiet: [2, 2] },
  { request: { symbology: 'hibccode128', data: 'A123BJC5D6E71' }, text: '+A123BJC5D6E71G', id: ']C0', quiet: [10, 10] },
  { request: { symbology: 'sscc18', data: '(00)095011015300000003' }, text: '(00)095011015300000003', id: ']C1', quiet: [10, 10] },
];

function encodeOk(request: BarcodeRequest): BarcodeSymbol {
  const r = encodeBarcode(request, 'el');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Run lengths of one bitmap row: [ink?, length] pairs from x = 0. */
function rowRuns(bmp: Bitmap1, y: number): Array<[boolean, number]> {
  const runs: Array<[boolean, number]> = [];
  for (let x = 0; x < bmp.width; x++) {
    const ink = getPixel(bmp, x, y);
    const last = runs[runs.length - 1];
    if (last && last[0] === ink) last[1]++;
    else runs.push([ink, 1]);
  }
  return runs;
}

/** Checks a linear symbol's middle row dot by dot and returns the run widths read back in modules. */
function readLinear(symbol: LinearSymbol, bmp: Bitmap1, m: number): number[] {
  const bearer = (symbol.bearerModules ?? 0) * m;
  const y = bearer + 10;
  const runs = rowRuns(bmp, y);
  if (bearer) {
    expect(runs.shift()).toEqual([true, bearer]);
    expect(runs.pop()).toEqual([true, bearer]);
  }
  const left = runs.shift()!;
  const right = runs.pop()!;
  expect(left).toEqual([false, symbol.quietLeft * m]);
  expect(right).toEqual([false, symbol.quietRight * m]);
  const wide = wideDots(m, 2.5);
  return runs.map(([, dots]) => {
    if (symbol.twoWidth) {
      expect([m, wide]).toContain(dots);
      return dots === m ? 1 : 2;
    }
    expect(dots % m).toBe(0);
    return dots / m;
  });
}

function checkMatrix(symbol: MatrixSymbol, bmp: Bitmap1, m: number): void {
  const q = symbol.quiet;
  expect(bmp.width).toBe((symbol.width + 2 * q) * m);
  const cellsW = symbol.width + 2 * q;
  const cellsH = symbol.height + 2 * q;
  for (let cy = 0; cy < cellsH; cy++) {
    for (let cx = 0; cx < cellsW; cx++) {
      const inside = cx >= q && cy >= q && cx < q + symbol.width && cy < q + symbol.height;
      const want = inside ? symbol.bits[(cy - q) * symbol.width + cx - q] === 1 : false;
      for (let dy = 0; dy < m; dy++) {
        for (let dx = 0; dx < m; dx++) {
          if (getPixel(bmp, cx * m + dx, cy * m + dy) !== want) throw new Error(`cell ${cx},${cy} dot ${dx},${dy} is not uniform ${want}`);
        }
      }
    }
  }
}

describe('whole-dot modules and quiet zones', () => {
  for (const c of FIRST_CLASS) {
    for (const dpi of [203, 300]) {
      for (const m of [2, 3, 4]) {
        it(`${c.request.symbology} at ${dpi} dpi, ${m}-dot module`, () => {
          const symbol = encodeOk(c.request);
          const bmp = rasterizeSymbol(symbol, { moduleDots: m, barHeightDots: Math.round((dpi / 25.4) * 10) });
          if (symbol.kind === 'linear') {
            expect(symbol.quietLeft).toBeGreaterThanOrEqual(c.quiet[0]);
            expect(symbol.quietRight).toBeGreaterThanOrEqual(c.quiet[1]);
            expect(symbol.quietLeft + symbol.quietRight).toBeLessThanOrEqual(c.quiet[0] + c.quiet[1] + 1);
            const modules = readLinear(symbol, bmp, m);
            const expected = [...symbol.modules].map((w) => (symbol.twoWidth ? (w === 1 ? 1 : 2) : w));
            expect(modules).toEqual(expected);
            if (symbol.twoWidth) expect(new Set(symbol.modules).size).toBe(2);
          } else if (symbol.kind === 'matrix') {
            expect(symbol.quiet).toBeGreaterThanOrEqual(c.quiet[0]);
            checkMatrix(symbol, bmp, m);
          }
        });
      }
    }
  }

  it('draws wide two-width runs as round(ratio x narrow) dots', () => {
    const symbol = encodeOk({ symbology: 'code39', data: 'A' });
    const bmp = rasterizeSymbol(symbol, { moduleDots: 3, ratio: 3, barHeightDots: 20 });
    const widths = new Set(rowRuns(bmp, 10).slice(1, -1).map(([, n]) => n));
    expect([...widths].sort()).toEqual([3, 9]);
  });

  it('draws ITF-14 bearer bars around the quiet zones', () => {
    const symbol = encodeOk({ symbology: 'itf14', data: '1540014128876' });
    const bmp = rasterizeSymbol(symbol, { moduleDots: 2, barHeightDots: 40 });
    for (let x = 0; x < bmp.width; x++) expect(getPixel(bmp, x, 0) && getPixel(bmp, x, bmp.height - 1)).toBe(true);
  });
});

describe('zxing-wasm round trip', () => {
  for (const c of [...FIRST_CLASS, ...OTHERS]) {
    it(`${c.request.symbology} decodes as ${JSON.stringify(c.text)} ${c.id}`, async () => {
      const symbol = encodeOk(c.request);
      const bmp = rasterizeSymbol(symbol, { moduleDots: symbol.kind === 'linear' ? 2 : 3, barHeightDots: 100 });
      const results = await decodeBitmap(bmp);
      expect(results.map((r) => r.text)).toContain(c.text);
      const hit = results.find((r) => r.text === c.text)!;
      expect(hit.symbologyIdentifier.startsWith(c.id)).toBe(true);
    });
  }

  for (const dots of [7, 10]) {
    it(`maxicode with ${dots}-dot hexagons decodes`, async () => {
      const symbol = encodeOk({ symbology: 'maxicode', data: 'MAXICODE ON A 4X6 LABEL' });
      const results = await decodeBitmap(rasterizeSymbol(symbol, { moduleDots: dots }));
      expect(results).toEqual([{ format: 'MaxiCode', text: 'MAXICODE ON A 4X6 LABEL', symbologyIdentifier: ']U0' }]);
    });
  }
});

describe('QR Code version 40 payloads in a label document', () => {
  /** A 50 x 50 mm label at 203 dpi with one QR Code at error correction L: 2-dot modules. */
  const render = (data: string) => {
    const doc = validateDocument({
      schemaVersion: 2, label: { widthMm: 50, heightMm: 50 },
      elements: [{ type: 'barcode', symbology: 'qrcode', qrErrorLevel: 'L', data, xMm: 1, yMm: 1, widthMm: 48, heightMm: 48 }],
    });
    if (!doc.ok) throw new Error(JSON.stringify(doc.issues));
    return renderLabel(doc.value, { fonts: new FontSet() });
  };

  for (const [kind, data] of [
    ['7,089 digits', '0123456789'.repeat(709).slice(0, 7089)],
    ['4,296 alphanumeric characters', 'INKLESS LABEL-40:$%*+./'.repeat(187).slice(0, 4296)],
    ['2,953 bytes of UTF-8', `${'Grüße aus Köln, '.repeat(155)}abcdefgh`],
  ] as const) {
    it(`renders ${kind}, the most version 40-L holds, and ZXing reads them back`, async () => {
      const r = render(data);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const results = await decodeBitmap(r.value.bitmap);
      expect(results.map((x) => x.text)).toEqual([data]);
    }, 60_000);
  }

  it('refuses one character more with the limit, the level and the size of the data', () => {
    const r = render('9'.repeat(7090));
    expect(r.ok ? [] : r.issues).toEqual([{ code: 'INKLESS_BARCODE_TOO_LONG', path: 'elements[0].data', message: 'QR Code holds at most 7,089 digits at error correction L; this data is 7,090 digits' }]);
  });
});
