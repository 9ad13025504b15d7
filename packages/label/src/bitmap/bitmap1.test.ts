import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blit, countInk, createBitmap, fillRect, fillSpan, getPixel, hashBitmap, invertRect, rotateBitmap, setPixel, toAscii, type Bitmap1 } from './bitmap1';

function randomBitmap(w: number, h: number, bits: number[]): Bitmap1 {
  const bmp = createBitmap(w, h);
  bits.forEach((b, i) => { if (b && i < w * h) setPixel(bmp, i % w, Math.floor(i / w)); });
  return bmp;
}

/** The obvious per-dot blit, as the reference the fast one must equal. */
function naiveBlit(dst: Bitmap1, src: Bitmap1, dx: number, dy: number, mode: 'or' | 'replace'): void {
  for (let y = 0; y < src.height; y++) for (let x = 0; x < src.width; x++) {
    const tx = x + dx;
    const ty = y + dy;
    if (tx < 0 || ty < 0 || tx >= dst.width || ty >= dst.height) continue;
    if (mode === 'replace') setPixel(dst, tx, ty, getPixel(src, x, y));
    else if (getPixel(src, x, y)) setPixel(dst, tx, ty);
  }
}

describe('Bitmap1', () => {
  it('fills spans across byte edges and keeps padding bits 0', () => {
    const bmp = createBitmap(13, 2);
    fillSpan(bmp, 0, 3, 20);
    expect(toAscii(bmp)).toBe('...##########\n.............');
    expect(bmp.data[1]! & 0x07).toBe(0);
    fillRect(bmp, 0, 1, 13, 1);
    invertRect(bmp, 0, 0, 5, 2);
    expect(toAscii(bmp)).toBe('###..########\n.....########');
  });

  it('blit equals the per-dot reference for any offset, size and clipping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: -45, max: 45 }), fc.integer({ min: -7, max: 7 }), fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 240, maxLength: 240 }),
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 240, maxLength: 240 }), fc.constantFrom('or' as const, 'replace' as const),
        (sw, sh, dw, dh, dx, dy, srcBits, dstBits, mode) => {
          const src = randomBitmap(sw, sh, srcBits);
          const fast = randomBitmap(dw, dh, dstBits);
          const slow = randomBitmap(dw, dh, dstBits);
          blit(fast, src, dx, dy, mode);
          naiveBlit(slow, src, dx, dy, mode);
          expect(toAscii(fast)).toBe(toAscii(slow));
          expect(fast.data).toEqual(slow.data); // padding bits included
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rotates by quarter turns without losing dots', () => {
    const bmp = createBitmap(3, 2);
    setPixel(bmp, 0, 0);
    setPixel(bmp, 2, 1);
    expect(toAscii(rotateBitmap(bmp, 90))).toBe('.#\n..\n#.');
    expect(toAscii(rotateBitmap(bmp, 180))).toBe('#..\n..#');
    expect(hashBitmap(rotateBitmap(rotateBitmap(bmp, 90), 270))).toBe(hashBitmap(bmp));
    expect(countInk(rotateBitmap(bmp, 270))).toBe(2);
  });

  it('refuses absurd sizes before allocating', () => {
    expect(() => createBitmap(100_000, 100_000)).toThrow(/over the .* dot limit/);
    expect(() => createBitmap(1.5, 2)).toThrow(RangeError);
  });

  it('hashes size as well as bits', () => {
    expect(hashBitmap(createBitmap(8, 2))).not.toBe(hashBitmap(createBitmap(16, 1)));
  });
});
