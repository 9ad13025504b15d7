import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBarcodePlan, planBarcode } from './plan-barcode';
import { create } from 'qrcode/lib/core/qrcode';
import { chooseQrSegment, encodeQrMatrix, measureQrSide, type QrErrorLevel } from './qr';

const levels: QrErrorLevel[] = ['L', 'M', 'Q', 'H'];

/** Text of every kind the segment choice tells apart: digits, alphanumerics, bytes, multi-byte UTF-8. */
const texts = fc.oneof(
  fc.stringMatching(/^\d{1,400}$/),
  fc.stringMatching(/^[0-9A-Z $%*+\-./:]{1,300}$/),
  fc.string({ minLength: 1, maxLength: 300 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
);

/** The `qrcode` package's own symbol for the text (its mask choice included), 0/1 per module. */
function qrcodeReference(text: string, level: QrErrorLevel): Uint8Array {
  return create([chooseQrSegment(text)], { errorCorrectionLevel: level }).modules.data.map((v) => v & 1);
}

describe('encodeQrMatrix', () => {
  it('builds the very symbol the qrcode package builds, for any text and level', () => {
    fc.assert(fc.property(texts, fc.constantFrom(...levels), (text, level) => {
      expect(encodeQrMatrix(text, level).bits).toEqual(qrcodeReference(text, level));
    }), { numRuns: 300 });
  });

  it('matches qrcode at every version from 1 to 40, in each mode', () => {
    const makers = [(n: number) => '7'.repeat(n), (n: number) => 'HELLO WORLD 42/'.repeat(n).slice(0, n), (n: number) => 'ü'.repeat(n)];
    for (let version = 1; version <= 40; version++) {
      const level = levels[version % 4]!;
      const make = makers[version % 3]!;
      // The longest text of this kind that still fits the version: the symbol is exactly that version, full.
      let [fits, tooLong] = [1, 7100];
      while (tooLong - fits > 1) {
        const mid = (fits + tooLong) >> 1;
        let side = Infinity;
        try { side = measureQrSide(make(mid), level); } catch { /* beyond version 40 */ }
        if (side <= 4 * version + 17) fits = mid; else tooLong = mid;
      }
      const ours = encodeQrMatrix(make(fits), level);
      expect(ours.width, `version ${version}`).toBe(4 * version + 17);
      expect(ours.bits, `version ${version} ${level}`).toEqual(qrcodeReference(make(fits), level));
    }
  });
});

describe('measureQrSide', () => {
  it('gives the side of the symbol encodeQrMatrix builds, for any text and level', () => {
    fc.assert(fc.property(texts, fc.constantFrom(...levels), (text, level) => {
      expect(measureQrSide(text, level)).toBe(encodeQrMatrix(text, level).width);
    }), { numRuns: 200 });
  });

  it('refuses what encodeQrMatrix refuses: more than version 40 holds', () => {
    for (const level of levels) {
      const tooLong = 'x'.repeat(3000);
      expect(() => encodeQrMatrix(tooLong, level)).toThrow();
      expect(() => measureQrSide(tooLong, level)).toThrow();
    }
    expect(measureQrSide('7'.repeat(7089), 'L')).toBe(177); // the most digits version 40-L holds
    expect(() => measureQrSide('7'.repeat(7090), 'L')).toThrow();
  });
});

describe('checkBarcodePlan for QR Codes', () => {
  const request = (data: string) => ({ symbology: 'qrcode', data, qrErrorLevel: 'M' as const, textSizePt: 8 });
  const issues = (data: string, widthDots: number, moduleDots?: number) => {
    const input = { ...request(data), ...(moduleDots === undefined ? {} : { moduleDots }) };
    const box = { widthDots, heightDots: widthDots };
    const planned = planBarcode(input, box, 203, 'elements[4]');
    return { planned: planned.ok ? [] : planned.issues, checked: checkBarcodePlan(input, box, 203, 'elements[4]') };
  };

  it('finds the same issues as planning in full: fits, too big for the box, too long, below the minimum module', () => {
    const url = 'https://track.example.com/parcel/PAFLXNR45QZJ?ref=080598076&lang=en';
    for (const [data, width, moduleDots] of [[url, 384], [url, 80], [url, 150, 2], ['x'.repeat(2400), 400], ['', 100], [url, 200, 1]] as const) {
      const { planned, checked } = issues(data, width, moduleDots);
      expect(checked, `${data.slice(0, 10)} in ${width}`).toEqual(planned);
    }
    expect(issues(url, 80).checked.map((i) => i.code)).toEqual(['INKLESS_BARCODE_TOO_BIG']);
    expect(issues('x'.repeat(2400), 400).checked.map((i) => i.code)).toEqual(['INKLESS_BARCODE_TOO_LONG']);
  });
});
