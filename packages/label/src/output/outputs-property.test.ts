import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createBitmap, fillRect, toAscii, type Bitmap1 } from '../bitmap/bitmap1';
import { bitmapFromPng } from './bitmap-from-png';
import { encodePdf } from './encode-pdf';
import { encodePng1 } from './encode-png1';
import { encodeSvg } from './encode-svg';
import { collectInkRects } from './ink-rects';
import { inspectPdf, rasterizePdfPage } from './pdf-inspector';

/** Random small bitmaps: a size and a list of filled rectangles (bars, blocks and single dots). */
const bitmapArb = fc
  .record({
    width: fc.integer({ min: 1, max: 40 }),
    height: fc.integer({ min: 1, max: 24 }),
    rects: fc.array(fc.tuple(fc.nat(40), fc.nat(24), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })), { maxLength: 12 }),
  })
  .map(({ width, height, rects }): Bitmap1 => {
    const bmp = createBitmap(width, height);
    for (const [x, y, w, h] of rects) fillRect(bmp, x, y, w, h);
    return bmp;
  });

describe('every encoder keeps every dot (property)', () => {
  it('ink rects cover the ink exactly, without overlap', () => {
    fc.assert(fc.property(bitmapArb, (bmp) => {
      const painted = createBitmap(bmp.width, bmp.height);
      let area = 0;
      for (const r of collectInkRects(bmp)) {
        fillRect(painted, r.x, r.y, r.w, r.h);
        area += r.w * r.h;
      }
      expect(toAscii(painted)).toBe(toAscii(bmp));
      expect(area).toBe(toAscii(bmp).split('#').length - 1); // no dot painted twice
    }));
  });

  it('PNG1, SVG and PDF (vector and image) read back to the same bits', () => {
    fc.assert(fc.property(bitmapArb, fc.constantFrom('vector' as const, 'image' as const), (bmp, mode) => {
      const ascii = toAscii(bmp);
      expect(toAscii(bitmapFromPng(encodePng1(bmp)))).toBe(ascii);
      const svg = encodeSvg(bmp, { widthMm: bmp.width / 8, heightMm: bmp.height / 8 });
      const fromSvg = createBitmap(bmp.width, bmp.height);
      for (const m of svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"\/>/g)) fillRect(fromSvg, +m[1]!, +m[2]!, +m[3]!, +m[4]!);
      expect(toAscii(fromSvg)).toBe(ascii);
      const pdf = inspectPdf(encodePdf([{ bitmap: bmp, widthMm: bmp.width / 8, heightMm: bmp.height / 8 }], { mode }));
      expect(toAscii(rasterizePdfPage(pdf, 0, bmp.width, bmp.height))).toBe(ascii);
    }), { numRuns: 150 });
  });
});
