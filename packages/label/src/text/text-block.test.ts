import { describe, expect, it } from 'vitest';
import { countInk, getPixel, hashBitmap, toAscii, type Bitmap1 } from '../bitmap/bitmap1';
import { isInklessError } from '../errors/inkless-error';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { renderTextBlock, type TextBlockOptions } from './text-block';

const fonts = loadBundledFonts();
const render = (text: string, more: Partial<TextBlockOptions> = {}) =>
  renderTextBlock(fonts, { text, family: 'DejaVu Sans', sizeDots: 24, widthDots: 300, heightDots: 60, ...more });

/** Columns [first, last] that hold ink, or undefined for a blank bitmap. */
function inkColumns(bmp: Bitmap1): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let x = 0; x < bmp.width; x++) {
    for (let y = 0; y < bmp.height; y++) {
      if (getPixel(bmp, x, y)) {
        if (first < 0) first = x;
        last = x;
        break;
      }
    }
  }
  return first < 0 ? undefined : [first, last];
}

function inkRows(bmp: Bitmap1): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let y = 0; y < bmp.height; y++) {
    for (let x = 0; x < bmp.width; x++) {
      if (getPixel(bmp, x, y)) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? undefined : [first, last];
}

describe('renderTextBlock', () => {
  it('draws small text as expected (ASCII art)', () => {
    const { bitmap } = render('Hi', { sizeDots: 12, widthDots: 14, heightDots: 14 });
    expect('\n' + toAscii(bitmap)).toMatchInlineSnapshot(`
      "
      ..............
      ..............
      .#.....#..#...
      .#.....#......
      .#.....#..#...
      .#.....#..#...
      .#######..#...
      .#.....#..#...
      .#.....#..#...
      .#.....#..#...
      .#.....#..#...
      ..............
      ..............
      .............."
    `);
  });

  it('places the first line so its ascender touches the top of the box', () => {
    const { bitmap } = render('H', { sizeDots: 40 });
    // DejaVu's cap height (0.73 em) sits below its ascender (0.93 em): about 8 dots of air at 40 dots.
    expect(inkRows(bitmap)![0]).toBeGreaterThanOrEqual(7);
    expect(inkRows(bitmap)![0]).toBeLessThanOrEqual(9);
    expect(inkRows(bitmap)![1]).toBe(Math.round(40 * 1901 / 2048) - 1);
  });

  it.each([
    ['Latin', 'Milk'],
    ['Cyrillic', 'Молоко'],
    ['Greek', 'Γάλα'],
    ['Chinese', '牛奶'],
    ['Japanese', 'ミルク'],
  ])('renders %s (%s) with real glyphs, not the .notdef box', (_script, text) => {
    const notdefLatin = hashBitmap(render('\u0378', { widthDots: 40 }).bitmap);
    const notdefCjk = hashBitmap(render('\u0378', { family: 'CJK', widthDots: 40 }).bitmap);
    for (const ch of text) {
      const glyph = render(ch, { widthDots: 40 }).bitmap;
      expect(countInk(glyph), ch).toBeGreaterThan(20);
      expect(hashBitmap(glyph), ch).not.toBe(notdefLatin);
      expect(hashBitmap(glyph), ch).not.toBe(notdefCjk);
    }
  });

  it('mixes scripts on one line through font fallback', () => {
    const mixed = render('Milk 牛奶 Молоко', { widthDots: 400 });
    expect(mixed.lineCount).toBe(1);
    expect(mixed.overflow).toBe(false);
    expect(countInk(mixed.bitmap)).toBeGreaterThan(countInk(render('Milk Молоко', { widthDots: 400 }).bitmap));
  });

  it('gives the same bits for the same input (determinism)', () => {
    const a = render('Determinism 123 牛奶', { bold: true, italic: true, align: 'center' });
    fonts.glyphCache.clear();
    const b = render('Determinism 123 牛奶', { bold: true, italic: true, align: 'center' });
    expect(hashBitmap(a.bitmap)).toBe(hashBitmap(b.bitmap));
  });

  it('returns an empty bitmap of the box size for empty text', () => {
    const r = render('', { widthDots: 33, heightDots: 7 });
    expect([r.bitmap.width, r.bitmap.height, countInk(r.bitmap), r.overflow]).toEqual([33, 7, 0, false]);
  });

  it('refuses text over 10,000 characters with INKLESS_TEXT_TOO_LONG', () => {
    let caught: unknown;
    try {
      render('x'.repeat(10_001));
    } catch (e) {
      caught = e;
    }
    expect(isInklessError(caught) && caught.code).toBe('INKLESS_TEXT_TOO_LONG');
  });

  describe('wrapping', () => {
    it('breaks at spaces to fit the width', () => {
      const r = render('one two three four', { widthDots: 90, heightDots: 200 });
      expect(r.lineCount).toBeGreaterThan(1);
      expect(r.contentWidthDots).toBeLessThanOrEqual(90);
      expect(inkColumns(r.bitmap)![1]).toBeLessThan(90);
    });

    it('keeps one line per paragraph when wrap is off, and says it overflowed', () => {
      const r = render('one two three four', { widthDots: 90, heightDots: 200, wrap: false });
      expect(r.lineCount).toBe(1);
      expect(r.overflow).toBe(true);
    });

    it('breaks between CJK characters, which have no spaces', () => {
      const r = render('牛奶牛奶牛奶牛奶', { widthDots: 100, heightDots: 200 });
      expect(r.lineCount).toBe(2);
      expect(r.overflow).toBe(false);
    });

    it('starts a new line at each explicit newline', () => {
      expect(render('a\nb\r\nc', { heightDots: 200 }).lineCount).toBe(3);
    });

    it('splits a word longer than the box between letters', () => {
      const r = render('Supercalifragilistic', { widthDots: 60, heightDots: 300 });
      expect(r.lineCount).toBeGreaterThan(2);
      expect(inkColumns(r.bitmap)![1]).toBeLessThan(60);
    });
  });

  describe('alignment', () => {
    it('puts a line left, centre or right in the box', () => {
      const left = inkColumns(render('Mi', { align: 'left' }).bitmap)!;
      const center = inkColumns(render('Mi', { align: 'center' }).bitmap)!;
      const right = inkColumns(render('Mi', { align: 'right' }).bitmap)!;
      expect(left[0]).toBeLessThan(5);
      expect(Math.abs((center[0] + center[1]) / 2 - 150)).toBeLessThanOrEqual(3);
      expect(right[1]).toBeGreaterThan(294);
    });

    it('justify stretches wrapped lines to both edges but not the last line', () => {
      const r = render('aa bb cc dd ee ff gg hh', { align: 'justify', widthDots: 120, heightDots: 200 });
      const firstLine = { ...r.bitmap, height: 24, data: r.bitmap.data.subarray(0, r.bitmap.stride * 24) };
      expect(inkColumns(firstLine)![1]).toBeGreaterThan(113);
      const lastLineTop = Math.round(0.928 * 24 + (r.lineCount! - 1) * 1.2 * 24) - 20;
      const lastLine = { ...r.bitmap, height: 24, data: r.bitmap.data.subarray(r.bitmap.stride * lastLineTop, r.bitmap.stride * (lastLineTop + 24)) };
      expect(inkColumns(lastLine)![1]).toBeLessThan(100);
    });

    it('puts the lines at the top, middle or bottom of the box', () => {
      const top = inkRows(render('x', { valign: 'top', heightDots: 100 }).bitmap)!;
      const middle = inkRows(render('x', { valign: 'middle', heightDots: 100 }).bitmap)!;
      const bottom = inkRows(render('x', { valign: 'bottom', heightDots: 100 }).bitmap)!;
      expect(top[1]).toBeLessThan(30);
      expect(middle[0]).toBeGreaterThan(35);
      expect(middle[1]).toBeLessThan(65);
      expect(bottom[1]).toBeGreaterThan(85);
    });
  });

  describe('fitting', () => {
    it('shrinks the size in quarter dots until the text fits', () => {
      const r = render('A long product name that needs shrinking', { widthDots: 200, heightDots: 30, shrinkToFit: true });
      expect(r.sizeDots).toBeLessThan(24);
      expect((r.sizeDots * 4) % 1).toBe(0);
      expect(r.overflow).toBe(false);
      expect(r.contentHeightDots).toBeLessThanOrEqual(30);
      // The next quarter-dot up would not have fitted: its lines are taller than the box.
      const bigger = render('A long product name that needs shrinking', { widthDots: 200, heightDots: 30, sizeDots: r.sizeDots + 0.25 });
      expect(bigger.contentHeightDots!).toBeGreaterThan(30);
    });

    it('keeps the size when the text already fits', () => {
      expect(render('Short', { shrinkToFit: true }).sizeDots).toBe(24);
    });

    it('clips and reports overflow when even the smallest size does not fit', () => {
      const r = render('word '.repeat(200), { widthDots: 60, heightDots: 20, shrinkToFit: true, minSizeDots: 8 });
      expect(r.sizeDots).toBe(8);
      expect(r.overflow).toBe(true);
      expect([r.bitmap.width, r.bitmap.height]).toEqual([60, 20]);
    });

    it('reports no overflow when only the empty part of the line box is cut off', () => {
      // Line box 1.16 em = 28 dots, but "mn" has no descender and no ascender ink: nothing is lost.
      const r = render('mn', { heightDots: 22 });
      expect(r.contentHeightDots!).toBeGreaterThan(22);
      expect(r.overflow).toBe(false);
      expect(render('mg', { heightDots: 22 }).overflow).toBe(true);
    });

    it('reports overflow without shrinking when lines do not fit the height', () => {
      const r = render('one\ntwo\nthree', { heightDots: 40 });
      expect(r.overflow).toBe(true);
      expect(r.sizeDots).toBe(24);
    });
  });

  describe('styles', () => {
    it('uses the real bold face, and synthesizes bold for a family without one', () => {
      const regular = countInk(render('Milk').bitmap);
      expect(countInk(render('Milk', { bold: true }).bitmap)).toBeGreaterThan(regular * 1.2);
      const cjk = countInk(render('牛奶', { family: 'CJK' }).bitmap);
      expect(countInk(render('牛奶', { family: 'CJK', bold: true }).bitmap)).toBeGreaterThan(cjk);
    });

    it('falls back to the default family for an unknown one', () => {
      const a = render('Milk', { family: 'No Such Font' });
      expect(hashBitmap(a.bitmap)).toBe(hashBitmap(render('Milk').bitmap));
    });
  });
});

describe('shaping details', () => {
  it('applies pair kerning: "AV" is narrower than "A" plus "V"', () => {
    const av = render('AV', { sizeDots: 100, widthDots: 400, heightDots: 130 }).contentWidthDots!;
    const a = render('A', { sizeDots: 100, widthDots: 400, heightDots: 130 }).contentWidthDots!;
    const v = render('V', { sizeDots: 100, widthDots: 400, heightDots: 130 }).contentWidthDots!;
    expect(av).toBeLessThan(a + v - 1);
  });

  it('slants a face without an italic (CJK) by shearing it', () => {
    const upright = render('牛', { family: 'CJK' }).bitmap;
    const slanted = render('牛', { family: 'CJK', italic: true }).bitmap;
    expect(hashBitmap(slanted)).not.toBe(hashBitmap(upright));
    expect(Math.abs(countInk(slanted) - countInk(upright))).toBeLessThan(countInk(upright) * 0.1);
  });

  it('keeps every glyph of a warm render in the cache (no new rasterizing)', () => {
    render('cache me once', { sizeDots: 17.25 });
    const before = fonts.glyphCache.size;
    render('cache me once', { sizeDots: 17.25 });
    expect(fonts.glyphCache.size).toBe(before);
  });
});

describe('limits', () => {
  it('refuses a size that is not a positive number of dots', () => {
    for (const sizeDots of [0, -3, Number.NaN, 1e6]) {
      let caught: unknown;
      try {
        render('x', { sizeDots });
      } catch (e) {
        caught = e;
      }
      expect(isInklessError(caught) && caught.code, String(sizeDots)).toBe('INKLESS_TEXT_SIZE_INVALID');
    }
  });

  it('stops drawing a long unwrapped line at the box edge', () => {
    const r = render('x'.repeat(10_000), { wrap: false, widthDots: 50 });
    expect(r.overflow).toBe(true);
    expect(inkColumns(r.bitmap)![1]).toBeLessThan(50);
  });
});
