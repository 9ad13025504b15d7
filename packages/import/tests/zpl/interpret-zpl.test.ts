// The ZPL interpreter on its fixtures: every barcode decodes (ZXing) to its field data at 203 and
// 300 dpi, every document validates and renders to the label's bitmap (or a notice says why not),
// unsupported commands are named at their byte offsets, and hostile input gets a coded error.
import { describe, expect, it } from 'vitest';
import { bytesToLatin1 } from '../../src/zpl/zpl-tokens';
import { interpretZpl, type ZplLabel } from '@inkless/import';
import { getPixel, hashBitmap, InklessError, renderLabel, toAscii, validateDocument, type Bitmap1 } from '@inkless/label';
import { decodeAll, readFixture, testRenderEnv } from './zpl-test-env';

/** What ZXing reads on each label of a fixture. ZXing reports UPC-A as EAN-13 (leading 0) and adds check digits. */
const EXPECTED: Record<string, readonly (readonly string[])[]> = {
  'shipping-4x6.zpl': [['1Z12345E0205271688', 'Tracking 1Z12345E0205271688 weight 2.5 kg']],
  'warehouse.zpl': [
    ['WH-0042-A7', '5901234123457', '0036000291452', 'https://inkless.example/p/42', 'LOT 2026-11 SKU 42'],
    ['CODE93 TEST', '55123457', '0012345000065', '12345670', 'A40156B', 'AZTEC 42'],
  ],
  'graphics.zpl': [['GRAPHICS-1']],
  'barcodes.zpl': [['INK-000123', 'WH42A7', '5901234123457', '12345670', 'https://inkless.example/p/42', 'LOT 2026-11 SKU 42', 'PDF417 INKLESS 42', 'AZTEC 42']],
  'template.zpl': [['SHELF-0007'], ['SHELF-0008']],
  'paragraphs.zpl': [[]],
  'rotations.zpl': [['ROT-90-0042', 'ROT180', 'ROT270']],
  'reverse.zpl': [['REV-0001']],
  'shifts.zpl': [['HOME-SHIFT']],
  'serial.zpl': [['SN000100'], ['SN000101'], ['SN000102']],
};

function interpret(input: Uint8Array | string, dpi = 203) {
  return interpretZpl(input, { dpi }, testRenderEnv());
}

function isReversed(label: ZplLabel): boolean {
  return label.notices.some((n) => n.message.includes('reverse field'));
}

function thrown(fn: () => unknown): InklessError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InklessError) return error;
    throw error;
  }
  throw new Error('expected an InklessError');
}

describe('ZPL fixtures', () => {
  for (const dpi of [203, 300]) {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      it(`${name} at ${dpi} dpi: barcodes decode to their field data; the document validates and renders to the bitmap`, async () => {
        const { labels } = interpret(readFixture(name), dpi);
        expect(labels).toHaveLength(expected.length);
        for (const [i, label] of labels.entries()) {
          const texts = (await decodeAll(label.bitmap)).map((s) => s.text).sort();
          expect(texts).toEqual([...expected[i]!].sort());
          const valid = validateDocument(label.document);
          expect(valid.ok ? [] : valid.issues).toEqual([]);
          expect(label.document.label.dpi).toBe(dpi);
          const rendered = renderLabel(label.document, testRenderEnv());
          expect(rendered.ok).toBe(true);
          if (!rendered.ok) continue;
          if (isReversed(label)) expect(hashBitmap(rendered.value.bitmap)).not.toBe(hashBitmap(label.bitmap));
          else expect(hashBitmap(rendered.value.bitmap)).toBe(hashBitmap(label.bitmap));
          expect(label.notices.filter((n) => n.code === 'INKLESS_IMPORT_ZPL_FIELD_SKIPPED')).toEqual([]);
        }
      });
    }
  }

  it('reads the MaxiCode of the shipping label (ZXing reads MaxiCode only as a pure symbol)', async () => {
    const { labels } = interpret(readFixture('shipping-4x6.zpl'));
    const maxi = labels[0]!.document.elements.find((e) => e.type === 'barcode' && e.symbology === 'maxicode')!;
    const x = Math.round((maxi.xMm * 203) / 25.4);
    const y = Math.round((maxi.yMm * 203) / 25.4);
    const crop = copyWindow(labels[0]!.bitmap, x, y, Math.round((maxi.widthMm * 203) / 25.4), Math.round((maxi.heightMm * 203) / 25.4));
    const found = await decodeAll(crop, { isPure: true });
    expect(found.map((f) => f.format)).toEqual(['MaxiCode']);
    expect(found[0]!.text).toContain('1Z12345678');
    expect(found[0]!.text).toContain('SPRINGFIELD');
  });

  it('names unsupported commands with their byte offsets, and only those', () => {
    const bytes = readFixture('warehouse.zpl');
    const text = bytesToLatin1(bytes);
    const { labels } = interpret(bytes);
    const unsupported = labels.flatMap((l) => l.notices).filter((n) => n.code === 'INKLESS_IMPORT_ZPL_UNSUPPORTED');
    expect(unsupported.map((n) => [n.command, n.offset])).toEqual([['^MC', text.indexOf('^MCY')], ['^HH', text.indexOf('^HH')]]);
    expect(unsupported[0]!.message).toContain(`byte ${text.indexOf('^MCY')}`);
  });

  it('names setup commands it ignores, and says nothing about comments', () => {
    const { labels } = interpret(readFixture('shipping-4x6.zpl'));
    const ignored = labels[0]!.notices.filter((n) => n.code === 'INKLESS_IMPORT_ZPL_IGNORED').map((n) => n.command);
    expect(ignored).toEqual(['^MM', '^PR', '^MD']);
  });

  it('takes ^PQ copies and fills ^XF templates with the ^FN data that follows them', () => {
    const { labels } = interpret(readFixture('template.zpl'));
    expect(labels.map((l) => l.copies)).toEqual([2, 1]);
    const texts = labels.map((l) => l.document.elements.filter((e) => e.type === 'text').map((e) => e.text));
    expect(texts).toEqual([['Blue widgets', 'Shelf template'], ['Red widgets', 'Shelf template']]);
  });
});

describe('^SN serial fields', () => {
  const serialText = (zpl: string) => interpret(zpl).labels.map((l) => {
    expect(l.copies).toBe(1);
    return l.document.elements.flatMap((e) => (e.type === 'text' ? [e.text] : []));
  });

  it('count up from copy to copy: each ^PQ copy is a label of its own, with its own value', () => {
    expect(serialText('^XA^FO10,10^A0N,30^SNLOT-0098,1,Y^FS^PQ3^XZ')).toEqual([['LOT-0098'], ['LOT-0099'], ['LOT-0100']]);
  });

  it('step by the increment, keep the width and the text after the digits, carry and wrap', () => {
    expect(serialText('^XA^FO10,10^A0N,30^SNA98B,5^FS^PQ3^XZ')).toEqual([['A98B'], ['A103B'], ['A108B']]);
    expect(serialText('^XA^FO10,10^A0N,30^SN005,-3^FS^PQ3^XZ')).toEqual([['005'], ['002'], ['999']]);
  });

  it('print each value ^PQ r times, and a format without ^SN stays one label with its copies', () => {
    expect(serialText('^XA^FO10,10^A0N,30^SN7^FS^PQ5,0,2^XZ')).toEqual([['7'], ['7'], ['8'], ['8'], ['9']]);
    const plain = interpret('^XA^FO10,10^A0N,30^FDsame^FS^PQ4^XZ').labels;
    expect(plain.map((l) => l.copies)).toEqual([4]);
  });

  it('stop at the job\'s label limit when the copies would be too many', () => {
    expect(thrown(() => interpret('^XA^FO10,10^A0N,30^SN1^FS^PQ99999999^XZ')).code).toBe('INKLESS_IMPORT_ZPL_TOO_MANY');
  });
});

describe('ZPL drawing, dot for dot', () => {
  it('draws ^GB boxes at ^FO, a thick border filling a small box', () => {
    const { labels } = interpret('^XA^PW16^LL8^FO1,1^GB6,5,1^FS^FO9,2^GB4,4,2^FS^XZ');
    expect(toAscii(labels[0]!.bitmap)).toBe([
      '................',
      '.######.........',
      '.#....#..####...',
      '.#....#..####...',
      '.#....#..####...',
      '.######..####...',
      '................',
      '................',
    ].join('\n'));
  });

  it('reverses the dots under an ^FR field', () => {
    const { labels } = interpret('^XA^PW12^LL4^FO0,0^GB6,4,4^FS^FO3,1^FR^GB6,2,2^FS^XZ');
    expect(toAscii(labels[0]!.bitmap)).toBe(['######......', '###...###...', '###...###...', '######......'].join('\n'));
  });

  it('moves every field by ^LH, ^LT and ^LS', () => {
    const { labels } = interpret(readFixture('shifts.zpl'));
    const bmp = labels[0]!.bitmap;
    // ^LH30,20 ^LT10 ^LS-10: the box at ^FO0,0 starts at x = 30 + 10, y = 20 + 10.
    expect([getPixel(bmp, 40, 30), getPixel(bmp, 39, 30), getPixel(bmp, 40, 29)]).toEqual([true, false, false]);
  });

  it('decodes ^GF hex, compressed hex and Z64, and ~DG graphics, to the same dots', () => {
    const bmp = interpret(readFixture('graphics.zpl')).labels[0]!.bitmap;
    const hex = hashBitmap(copyWindow(bmp, 20, 20, 64, 48));
    expect(hashBitmap(copyWindow(bmp, 120, 20, 64, 48))).toBe(hex);
    expect(hashBitmap(copyWindow(bmp, 220, 20, 64, 48))).toBe(hex);
    expect(getPixel(bmp, 20, 20)).toBe(true);
    // ^XG at magnification 2: each dot of the stored graphic is 2 x 2.
    expect([getPixel(bmp, 320, 20), getPixel(bmp, 321, 21), getPixel(bmp, 324, 24)]).toEqual([true, true, false]);
  });

  it('draws ^BY module widths as whole dots: every bar and space of ^BY3 Code 128 is a multiple of 3', () => {
    const { labels } = interpret('^XA^PW600^LL200^FO40,20^BY3^BCN,100,N,N,N^FDMODULE-3^FS^XZ');
    const bmp = labels[0]!.bitmap;
    const runs: number[] = [];
    let run = 0;
    let ink = false;
    for (let x = 40; x < bmp.width; x++) {
      const here = getPixel(bmp, x, 60);
      if (here === ink) run++;
      else {
        runs.push(run);
        ink = here;
        run = 1;
      }
    }
    expect(runs[0]).toBe(0); // the first bar starts exactly at ^FO's x
    expect(runs.slice(1, -1).every((r) => r % 3 === 0)).toBe(true);
    expect(labels[0]!.document.elements[0]).toMatchObject({ moduleDots: 3, symbology: 'code128', data: 'MODULE-3' });
  });

  it('follows ^CC and ^CT changes of the caret and tilde', () => {
    const { labels } = interpret('^XA^CC+\n+FO1,1+GB4,2,2+FS+CT*\n*JA\n+XZ');
    expect(toAscii(labels[0]!.bitmap).split('\n').slice(0, 4)).toEqual(['', '.####', '.####', ''].map((r) => r.padEnd(812, '.')));
    expect(labels[0]!.notices.map((n) => n.command)).toEqual(['~JA']);
  });

  it('decodes ^FH hex escapes and ^CI28 UTF-8 field data', () => {
    const zpl = new Uint8Array([...new TextEncoder().encode('^XA^CI28^FO10,10^A0N,30^FH^FD_C3_A9t_C3_A9 '), 0xc3, 0xbc, ...new TextEncoder().encode('^FS^XZ')]);
    const { labels } = interpret(zpl);
    expect(labels[0]!.document.elements[0]).toMatchObject({ type: 'text', text: 'été ü' });
  });
});

describe('hostile ZPL: a coded error with the byte offset, nothing printed', () => {
  it('an ^XA without ^XZ', () => {
    const e = thrown(() => interpret('^XA^FO10,10^FDone^FS^XZ\n^XA^FO10,10^FDtwo^FS'));
    expect(e.code).toBe('INKLESS_IMPORT_ZPL_UNTERMINATED');
    expect(e.message).toContain('byte 24');
  });

  it('a label size asked for by the host beyond what a printer prints (a 2 x 2 m stock at 600 dpi)', () => {
    const e = thrown(() => interpretZpl('^XA^FO10,10^FDone^FS^XZ', { dpi: 600, labelWidthDots: 47_244, labelHeightDots: 47_244 }, testRenderEnv()));
    expect(e.code).toBe('INKLESS_IMPORT_ZPL_LABEL_SIZE');
    expect(e.message).toContain('47244 dots wide');
  });

  it('a ^GF whose byte count lies', () => {
    const e = thrown(() => interpret('^XA^FO0,0^GFA,400,400,10,FFFFFFFFFFFFFFFFFFFF^FS^XZ'));
    expect(e.code).toBe('INKLESS_IMPORT_ZPL_GRAPHIC');
    expect(e.message).toContain('byte 9');
    expect(e.message).toContain('400');
  });

  it('a ^GF whose Z64 CRC does not match', () => {
    const e = thrown(() => interpret('^XA^FO0,0^GFA,8,8,1,:Z64:eJxjYGBgAAAABAAB:0000^FS^XZ'));
    expect(e.code).toBe('INKLESS_IMPORT_ZPL_GRAPHIC');
    expect(e.message).toContain('byte 9');
  });

  it('an ^XG of a graphic never stored', () => {
    const e = thrown(() => interpret('^XA^FO10,10^XGR:NOPE.GRF,1,1^FS^XZ'));
    expect(e.code).toBe('INKLESS_IMPORT_ZPL_GRAPHIC_MISSING');
    expect(e.message).toContain('byte 11');
    expect(e.message).toContain('R:NOPE.GRF');
  });

  it('10 MB of ^FD', () => {
    const e = thrown(() => interpret(`^XA^FO10,10^FD${'A'.repeat(10 * 1024 * 1024)}^FS^XZ`));
    expect(e.code).toBe('INKLESS_IMPORT_ZPL_FIELD_TOO_LONG');
    expect(e.message).toContain('byte 11');
    // Refused by the tokenizer, from the field's length, before any of it is decoded.
    expect(e.message).toContain('has 10485760 bytes');
  });

  it('a field longer than a barcode or text box holds', () => {
    const e = thrown(() => interpret(`^XA^FO10,10^FD${'A'.repeat(20_000)}^FS^XZ`));
    expect(e.code).toBe('INKLESS_IMPORT_ZPL_FIELD_TOO_LONG');
    expect(e.message).toContain('byte 11');
  });

  it('label sizes beyond what a printer prints', () => {
    const wide = thrown(() => interpret('^XA^PW100000^FO0,0^GB10,10,1^FS^XZ'));
    expect(wide.code).toBe('INKLESS_IMPORT_ZPL_LABEL_SIZE');
    expect(wide.message).toContain('byte 3');
    const long = thrown(() => interpret('^XA^LL9999999^XZ'));
    expect(long.code).toBe('INKLESS_IMPORT_ZPL_LABEL_SIZE');
  });

  it('a dpi Inkless does not print at', () => {
    expect(thrown(() => interpretZpl('^XA^XZ', { dpi: 152 }, testRenderEnv())).code).toBe('INKLESS_IMPORT_ZPL_DPI');
  });
});

/** A copy of part of a bitmap, at any x (bitmapWindow needs a byte boundary). */
function copyWindow(bmp: Bitmap1, x: number, y: number, w: number, h: number): Bitmap1 {
  const out = { width: w, height: h, stride: Math.ceil(w / 8), data: new Uint8Array(Math.ceil(w / 8) * h) };
  for (let yy = 0; yy < h; yy++) for (let xx = 0; xx < w; xx++) if (getPixel(bmp, x + xx, y + yy)) out.data[yy * out.stride + (xx >> 3)]! |= 0x80 >> (xx & 7);
  return out;
}
