import { describe, expect, it } from 'vitest';
import { createBitmap, fillRect } from '@inkless/label';
import { findRepeatedRows } from './row-repeats';

/** Row y repeats row y - 1 byte for byte: the definition, row by row. */
function naiveRepeats(data: Uint8Array, stride: number, height: number): number[] {
  return Array.from({ length: height }, (_, y) => {
    if (y === 0) return 0;
    for (let k = 0; k < stride; k++) if (data[y * stride + k] !== data[(y - 1) * stride + k]) return 0;
    return 1;
  });
}

describe('findRepeatedRows', () => {
  it('flags exactly the rows equal to the row above, on blank stretches, bars and speckle of odd widths', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 200; round++) {
      const width = 1 + Math.floor(next() * 120);
      const height = 1 + Math.floor(next() * 60);
      const bmp = createBitmap(width, height);
      for (let k = Math.floor(next() * 6); k > 0; k--) {
        fillRect(bmp, Math.floor(next() * width), Math.floor(next() * height), 1 + Math.floor(next() * width), 1 + Math.floor(next() * 8));
      }
      if (next() < 0.5) bmp.data[Math.floor(next() * bmp.data.length)] = 1 + Math.floor(next() * 255);
      expect(Array.from(findRepeatedRows(bmp)), `round ${round}`).toEqual(naiveRepeats(bmp.data, bmp.stride, height));
    }
  });
});
