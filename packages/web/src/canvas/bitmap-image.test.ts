import { createBitmap, setPixel } from '@inkless/label';
import { describe, expect, it } from 'vitest';
import { writeBitmapPixels } from './bitmap-image';

describe('writeBitmapPixels', () => {
  it('writes one black or white opaque pixel per dot, rows not multiples of 8 included', () => {
    const bitmap = createBitmap(11, 2);
    for (const [x, y] of [[0, 0], [7, 0], [8, 0], [10, 0], [3, 1]] as const) setPixel(bitmap, x, y, true);
    const image = { width: 11, height: 2, data: new Uint8ClampedArray(11 * 2 * 4).fill(7) } as unknown as ImageData;
    writeBitmapPixels(bitmap, image);
    const shown = (y: number) => Array.from({ length: 11 }, (_, x) => (image.data[(y * 11 + x) * 4] === 0 ? '#' : '.')).join('');
    expect([shown(0), shown(1)]).toEqual(['#......##.#', '...#.......']);
    // Every pixel is opaque and grey-free: ink is (0,0,0,255), paper (255,255,255,255).
    for (let i = 0; i < image.data.length; i += 4) {
      expect([0, 255]).toContain(image.data[i]);
      expect(image.data[i + 1]).toBe(image.data[i]);
      expect(image.data[i + 3]).toBe(255);
    }
  });
});
