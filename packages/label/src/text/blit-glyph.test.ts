import { describe, expect, it } from 'vitest';
import { blit, createBitmap, hashBitmap, setPixel } from '../bitmap/bitmap1';
import { blitGlyph } from './blit-glyph';

/** A 13x5 pattern with ink in every column position mod 8. */
function pattern() {
  const src = createBitmap(13, 5);
  for (let y = 0; y < 5; y++) for (let x = 0; x < 13; x++) if ((x * 3 + y) % 4 !== 0) setPixel(src, x, y);
  return src;
}

describe('blitGlyph', () => {
  it('matches blit at every bit offset, inside and across the edges', () => {
    const src = pattern();
    for (const dy of [-2, 0, 3, 8]) {
      for (let dx = -3; dx < 30; dx++) {
        const fast = createBitmap(37, 11);
        const slow = createBitmap(37, 11);
        setPixel(fast, 5, 5);
        setPixel(slow, 5, 5);
        blitGlyph(fast, src, dx, dy);
        blit(slow, src, dx, dy);
        expect(hashBitmap(fast), `dx=${dx} dy=${dy}`).toBe(hashBitmap(slow));
      }
    }
  });
});
