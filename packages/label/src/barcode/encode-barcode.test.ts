import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashBitmap } from '../bitmap/bitmap1';
import { encodeBarcode, type BarcodeRequest } from './encode-barcode';
import { rasterizeSymbol } from './rasterize-symbol';
import { FIRST_CLASS_SYMBOLOGIES } from './symbologies';

const P = 'elements[4]';

function issueOf(request: BarcodeRequest) {
  const r = encodeBarcode(request, P);
  if (r.ok) throw new Error(`expected a failure for ${JSON.stringify(request)}`);
  return r.issues[0]!;
}

describe('validation messages', () => {
  const cases: Array<[BarcodeRequest, string, string, string | RegExp]> = [
    [{ symbology: 'ean13', data: '59012341234' }, 'data', 'INKLESS_BARCODE_LENGTH', 'EAN-13 needs 12 or 13 digits, got 11'],
    [{ symbology: 'ean13', data: '5901234123458' }, 'data', 'INKLESS_BARCODE_CHECK_DIGIT', 'EAN-13 check digit is 8, expected 7 (or give 12 digits and Inkless adds it)'],
    [{ symbology: 'ean13', data: '59012341234a' }, 'data', 'INKLESS_BARCODE_CHARSET', 'EAN-13 allows only digits 0-9'],
    [{ symbology: 'ean8', data: '96385075' }, 'data', 'INKLESS_BARCODE_CHECK_DIGIT', /expected 4/],
    [{ symbology: 'upca', data: '036000291453' }, 'data', 'INKLESS_BARCODE_CHECK_DIGIT', /expected 2/],
    [{ symbology: 'upce', data: '01234567' }, 'data', 'INKLESS_BARCODE_CHECK_DIGIT', /expected 5/],
    [{ symbology: 'upce', data: '2123456' }, 'data', 'INKLESS_BARCODE_CHARSET', /number system 0 or 1/],
    [{ symbology: 'itf14', data: '15400141288764' }, 'data', 'INKLESS_BARCODE_CHECK_DIGIT', /expected 3/],
    [{ symbology: 'code39', data: 'abc' }, 'data', 'INKLESS_BARCODE_CHARSET', /character 1 "a".*capitals/],
    [{ symbology: 'code93', data: 'A_B' }, 'data', 'INKLESS_BARCODE_CHARSET', /character 2 "_"/],
    [{ symbology: 'codabar', data: 'A12X4B' }, 'data', 'INKLESS_BARCODE_CHARSET', /"X"/],
    [{ symbology: 'code128', data: 'prix 5 €' }, 'data', 'INKLESS_BARCODE_CHARSET', /ASCII only; character 8/],
    [{ symbology: 'code128', data: '' }, 'data', 'INKLESS_BARCODE_EMPTY', /empty/],
    [{ symbology: 'gs1-128', data: '(01)0950110153000' }, 'data', 'INKLESS_BARCODE_GS1_AI_LENGTH', 'GS1 AI (01) needs 14 digits, got 13'],
    [{ symbology: 'gs1datamatrix', data: '(01)09501101530004' }, 'data', 'INKLESS_BARCODE_GS1_AI_CHECK_DIGIT', /expected 3/],
    [{ symbology: 'gs1-128', data: '(400)' + 'A'.repeat(30) + '(401)' + 'B'.repeat(30) }, 'data', 'INKLESS_BARCODE_TOO_LONG', /at most 48/],
    [{ symbology: 'qrcode', data: 'x'.repeat(1300), qrErrorLevel: 'H' }, 'data', 'INKLESS_BARCODE_TOO_LONG', 'QR Code holds at most 1,273 bytes at error correction H; this data is 1,300 bytes; error correction L holds more (2,953)'],
    [{ symbology: 'datamatrix', data: 'x'.repeat(3000) }, 'data', 'INKLESS_BARCODE_TOO_LONG', 'Data Matrix holds at most 3,116 digits, or 2,335 letters, digits and spaces, or 1,556 bytes (at its largest size, 144x144); this data is 3,000 characters (3,000 bytes in UTF-8)'],
    [{ symbology: 'nosuch', data: '1' }, 'symbology', 'INKLESS_BARCODE_SYMBOLOGY_UNKNOWN', /unknown symbology "nosuch"/],
    [{ symbology: 'postnet', data: '12345' }, 'symbology', 'INKLESS_BARCODE_SYMBOLOGY_UNSUPPORTED', /whole-dot grid/],
    [{ symbology: 'pdf417', data: 'x', options: { scale: 3 } }, 'options.scale', 'INKLESS_BARCODE_OPTION', /"scale" is not allowed/],
    [{ symbology: 'pdf417', data: 'x', options: { columns: 'many' } }, 'options.columns', 'INKLESS_BARCODE_OPTION', /must be a number/],
    [{ symbology: 'datamatrix', data: 'x', options: { version: 'a b' } }, 'options.version', 'INKLESS_BARCODE_OPTION', /short word/],
    [{ symbology: 'code39', data: 'A', options: { ratio: 4 } }, 'options.ratio', 'INKLESS_BARCODE_OPTION', /from 2 to 3/],
  ];
  for (const [request, field, code, message] of cases) {
    it(`${request.symbology} ${JSON.stringify(request.data).slice(0, 30)} -> ${code}`, () => {
      const issue = issueOf(request);
      expect(issue.path).toBe(`${P}.${field}`);
      expect(issue.code).toBe(code);
      if (typeof message === 'string') expect(issue.message).toBe(message);
      else expect(issue.message).toMatch(message);
    });
  }

  it('accepts check digits that are right and adds missing ones', () => {
    for (const [symbology, data, hrt] of [['ean13', '5901234123457', '5901234123457'], ['ean13', '590123412345', '5901234123457'], ['upca', '03600029145', '036000291452'], ['itf14', '1540014128876', '15400141288763']]) {
      const r = encodeBarcode({ symbology: symbology!, data: data! });
      expect(r.ok && r.value.kind === 'linear' && r.value.hrt).toBe(hrt);
    }
  });
});

describe('robustness', () => {
  const ids = [...FIRST_CLASS_SYMBOLOGIES.map((s) => s.id), 'databarexpanded', 'code39ext', 'interleaved2of5'];
  it('never throws on random data: either issues or a symbol', () => {
    fc.assert(fc.property(fc.constantFrom(...ids), fc.string({ maxLength: 60 }), fc.constantFrom('L', 'M', 'Q', 'H'), (symbology, data, level) => {
      const r = encodeBarcode({ symbology, data, qrErrorLevel: level as 'L' }, P);
      if (r.ok) expect(['linear', 'matrix', 'maxicode']).toContain(r.value.kind);
      else for (const issue of r.issues) expect(issue.code).toMatch(/^INKLESS_BARCODE_/);
    }), { numRuns: 400 });
  });

  it('never throws on GS1-looking data', () => {
    const gs1 = fc.array(fc.tuple(fc.constantFrom('00', '01', '10', '17', '21', '3103', '400', '8005', '999', '1'), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 4 })
      .map((els) => els.map(([ai, v]) => `(${ai})${v}`).join(''));
    fc.assert(fc.property(fc.constantFrom('gs1-128', 'gs1datamatrix', 'gs1qrcode'), gs1, (symbology, data) => {
      const r = encodeBarcode({ symbology, data }, P);
      if (!r.ok) for (const issue of r.issues) expect(issue.code).toMatch(/^INKLESS_BARCODE_/);
    }), { numRuns: 300 });
  });
});

describe('determinism', () => {
  it('gives the same bitmap for the same input', () => {
    for (const request of [{ symbology: 'code128', data: 'SAME-1' }, { symbology: 'qrcode', data: 'same' }, { symbology: 'maxicode', data: 'SAME' }, { symbology: 'ean13', data: '590123412345' }]) {
      const draw = () => {
        const r = encodeBarcode(request);
        if (!r.ok) throw new Error('encode failed');
        return hashBitmap(rasterizeSymbol(r.value, { moduleDots: 3, barHeightDots: 60 }));
      };
      expect(draw()).toBe(draw());
    }
    const a = encodeBarcode({ symbology: 'code128', data: 'A' });
    const b = encodeBarcode({ symbology: 'code128', data: 'B' });
    if (!a.ok || !b.ok) throw new Error('encode failed');
    expect(hashBitmap(rasterizeSymbol(a.value, { moduleDots: 2 }))).not.toBe(hashBitmap(rasterizeSymbol(b.value, { moduleDots: 2 })));
  });
});

