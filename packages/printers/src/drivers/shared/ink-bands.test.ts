import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createBitmap, fillRect, getPixel } from '@inkless/label';
import { cutInkRects, findRowInkEnd, isRowBlank, shrinkToInk, type InkRect } from './ink-bands';

const inside = (r: InkRect, x: number, y: number): boolean => x >= r.xBytes * 8 && x < (r.xBytes + r.widthBytes) * 8 && y >= r.y && y < r.y + r.height;

describe('cutInkRects', () => {
  it('sends text at the top and a barcode at the bottom as two rectangles, cropped to whole bytes', () => {
    const bmp = createBitmap(400, 600);
    fillRect(bmp, 20, 10, 100, 30); // "text"
    fillRect(bmp, 100, 500, 200, 80); // "barcode"
    expect(cutInkRects(bmp, { overheadBytes: 26 })).toEqual([
      { xBytes: 2, y: 10, widthBytes: 13, height: 30 },
      { xBytes: 12, y: 500, widthBytes: 26, height: 80 },
    ]);
  });

  it('turns the long sides of a border into narrow strips instead of full-width rows', () => {
    const bmp = createBitmap(800, 400);
    for (const [x, y, w, h] of [[16, 16, 768, 4], [16, 380, 768, 4], [16, 16, 4, 368], [780, 16, 4, 368]] as const) fillRect(bmp, x, y, w, h);
    const rects = cutInkRects(bmp, { overheadBytes: 26 });
    const bytes = rects.reduce((n, r) => n + r.widthBytes * r.height, 0);
    expect(bytes).toBeLessThan(2 * 97 * 4 + 2 * 400); // two rules plus two 1-byte strips, roughly
    expect(rects.every((r) => r.widthBytes === 1 || r.height <= 4)).toBe(true);
  });

  it('returns nothing for a blank label and never more rows than maxRows per rectangle', () => {
    expect(cutInkRects(createBitmap(50, 50), { overheadBytes: 26 })).toEqual([]);
    const bmp = createBitmap(16, 1000);
    fillRect(bmp, 0, 0, 16, 1000);
    const rects = cutInkRects(bmp, { overheadBytes: 26, maxRows: 256 });
    expect(Math.max(...rects.map((r) => r.height))).toBeLessThanOrEqual(256);
    // Stacked pieces of the same columns are joined: a 1000-row block needs only 4 or 5 commands.
    expect(rects.length).toBeLessThanOrEqual(5);
    expect(rects.reduce((n, r) => n + r.height, 0)).toBe(1000);
  });

  it('covers every ink dot exactly once, with disjoint rectangles inside the bitmap', () => {
    const arb = fc.record({ w: fc.integer({ min: 1, max: 70 }), h: fc.integer({ min: 1, max: 50 }), boxes: fc.array(fc.tuple(fc.nat(70), fc.nat(50), fc.nat(30), fc.nat(20)), { maxLength: 6 }), overhead: fc.integer({ min: 0, max: 40 }) });
    fc.assert(fc.property(arb, ({ w, h, boxes, overhead }) => {
      const bmp = createBitmap(w, h);
      for (const [x, y, bw, bh] of boxes) fillRect(bmp, x, y, bw, bh);
      const rects = cutInkRects(bmp, { overheadBytes: overhead, maxRows: 17 });
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const n = rects.filter((r) => inside(r, x, y)).length;
          expect(n).toBeLessThanOrEqual(1);
          if (getPixel(bmp, x, y)) expect(n).toBe(1);
        }
      }
      for (const r of rects) expect(r.xBytes + r.widthBytes <= bmp.stride && r.y + r.height <= h && r.height > 0 && r.widthBytes > 0).toBe(true);
    }), { numRuns: 150 });
  });
});

describe('row helpers', () => {
  it('find blank rows, the last ink byte and the ink box', () => {
    const bmp = createBitmap(40, 5);
    fillRect(bmp, 17, 2, 3, 2);
    expect([0, 1, 2, 3, 4].map((y) => isRowBlank(bmp, y))).toEqual([true, true, false, false, true]);
    expect(findRowInkEnd(bmp, 2)).toBe(3);
    expect(findRowInkEnd(bmp, 0)).toBe(0);
    expect(shrinkToInk(bmp, { xBytes: 0, y: 0, widthBytes: 5, height: 5 })).toEqual({ xBytes: 2, y: 2, widthBytes: 1, height: 2 });
  });
});
