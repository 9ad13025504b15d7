import { describe, expect, it } from 'vitest';
import { createBitmap, fillRect, getPixel, type Bitmap1 } from '@inkless/label';
import { findInkRects, placeOnHead, type InkBand } from './head-bands';

/** Redraws the bitmap from its rectangles only. */
function redraw(bmp: Bitmap1, rects: readonly InkBand[]): Bitmap1 {
  const out = createBitmap(bmp.width, bmp.height);
  for (const r of rects) {
    for (let y = r.y; y < r.y + r.height; y++) {
      for (let b = r.byteX; b < r.byteX + r.widthBytes; b++) out.data[y * out.stride + b] = bmp.data[y * bmp.stride + b]!;
    }
  }
  return out;
}

describe('findInkRects', () => {
  it('takes a framed label apart instead of sending the whole frame', () => {
    const bmp = createBitmap(320, 100);
    fillRect(bmp, 0, 0, 320, 2);
    fillRect(bmp, 0, 98, 320, 2);
    fillRect(bmp, 0, 0, 2, 100);
    fillRect(bmp, 318, 0, 2, 100);
    fillRect(bmp, 60, 40, 20, 10);
    const rects = findInkRects(bmp, { minGapRows: 4, minGapBytes: 2, headerBytes: 20 });
    expect(redraw(bmp, rects).data).toEqual(bmp.data);
    const sent = rects.reduce((sum, r) => sum + r.widthBytes * r.height, 0);
    expect(sent).toBeLessThan((40 * 100) / 4);
    expect(rects).toContainEqual({ byteX: 7, widthBytes: 3, y: 40, height: 10 });
  });

  it('finds nothing to send on a blank label', () => {
    expect(findInkRects(createBitmap(50, 50), { minGapRows: 4, minGapBytes: 2, headerBytes: 20 })).toEqual([]);
  });
});

describe('placeOnHead', () => {
  it('centres the label on the head and clips what a shift pushes off it', () => {
    const bmp = createBitmap(10, 4);
    fillRect(bmp, 0, 0, 10, 4);
    expect(placeOnHead(bmp, 20, 0, 0)).toMatchObject({ x: 5, y: 0, bitmap: bmp });
    const left = placeOnHead(bmp, 20, -8, -1);
    expect(left).toMatchObject({ x: 0, y: 0, bitmap: { width: 7, height: 3 } });
    expect(getPixel(left.bitmap, 6, 2)).toBe(true);
    expect(placeOnHead(bmp, 20, 0, 3).bitmap.height).toBe(1);
  });
});
