import { describe, expect, it } from 'vitest';
import { countInk, getPixel, hashBitmap, toAscii, type Bitmap1 } from '../bitmap/bitmap1';
import { BAYER_8X8, ditherGrey, type DitherMethod } from './dither';
import type { GreyImage } from './grey-image';
import { makeGreySamples } from './testing/fixtures';

const METHODS: DitherMethod[] = ['threshold', 'floyd-steinberg', 'atkinson', 'ordered'];

/** Left white, right black: 256 columns, one per grey level, 64 rows. */
function gradient(): GreyImage {
  return { width: 256, height: 64, data: makeGreySamples(256, 64, (x) => 255 - x) };
}

function inkInColumns(bmp: Bitmap1, x0: number, x1: number): number {
  let n = 0;
  for (let y = 0; y < bmp.height; y++) for (let x = x0; x < x1; x++) if (getPixel(bmp, x, y)) n++;
  return n / ((x1 - x0) * bmp.height);
}

describe('ditherGrey', () => {
  it('bitmap matches the image size and keeps padding bits clear', () => {
    const img: GreyImage = { width: 10, height: 3, data: new Uint8Array(30) };
    for (const m of METHODS) {
      const bmp = ditherGrey(img, m);
      expect([bmp.width, bmp.height, countInk(bmp)]).toEqual([10, 3, 30]);
      for (let y = 0; y < 3; y++) expect(bmp.data[y * bmp.stride + 1]! & 0x3f).toBe(0);
    }
  });

  it('threshold inks exactly the pixels darker than the threshold', () => {
    const img: GreyImage = { width: 6, height: 3, data: new Uint8Array([0, 127, 128, 255, 200, 50, 10, 10, 10, 240, 240, 240, 129, 128, 127, 126, 0, 255]) };
    expect(toAscii(ditherGrey(img, 'threshold'))).toMatchInlineSnapshot(`
      "##...#
      ###...
      ..###."
    `);
    expect(toAscii(ditherGrey(img, 'threshold', 201))).toMatchInlineSnapshot(`
      "###.##
      ###...
      #####."
    `);
  });

  it('ordered dither of flat 50% grey is the 8x8 Bayer pattern (cells 32..63 inked)', () => {
    const bmp = ditherGrey({ width: 16, height: 16, data: new Uint8Array(256).fill(128) }, 'ordered');
    for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) expect(getPixel(bmp, x, y)).toBe(BAYER_8X8[(y % 8) * 8 + (x % 8)]! >= 32);
    expect(countInk(bmp)).toBe(128);
    expect([...BAYER_8X8].sort((a, b) => a - b)).toEqual(Array.from({ length: 64 }, (_, i) => i));
    expect(BAYER_8X8.slice(0, 8)).toEqual([0, 32, 8, 40, 2, 34, 10, 42]);
  });

  for (const method of METHODS.filter((m) => m !== 'threshold')) {
    it(`${method}: ink density rises across a gradient and matches the darkness`, () => {
      const bmp = ditherGrey(gradient(), method);
      let last = -1;
      for (let band = 0; band < 8; band++) {
        const density = inkInColumns(bmp, band * 32, band * 32 + 32);
        const darkness = (band * 32 + 15.5) / 255;
        expect(density).toBeGreaterThanOrEqual(last - 0.02);
        // Atkinson drops 1/4 of the error on purpose, so it clips shadows and highlights more.
        expect(Math.abs(density - darkness)).toBeLessThan(method === 'atkinson' ? 0.12 : 0.05);
        last = density;
      }
      expect(Math.abs(countInk(bmp) / (256 * 64) - 0.5)).toBeLessThan(0.03);
    });
  }

  it('Floyd-Steinberg and ordered keep flat greys at their darkness', () => {
    for (const [grey, darkness] of [[32, 0.875], [64, 0.75], [192, 0.25], [230, 0.1]] as const) {
      for (const m of ['floyd-steinberg', 'ordered'] as const) {
        const bmp = ditherGrey({ width: 64, height: 64, data: new Uint8Array(4096).fill(grey) }, m);
        expect(Math.abs(countInk(bmp) / 4096 - darkness)).toBeLessThan(0.01);
      }
    }
  });

  it('Atkinson keeps mid grey but clips light and dark flats (it spreads only 6/8 of the error)', () => {
    const inkAt = (grey: number): number => countInk(ditherGrey({ width: 64, height: 64, data: new Uint8Array(4096).fill(grey) }, 'atkinson')) / 4096;
    expect(Math.abs(inkAt(128) - 0.5)).toBeLessThan(0.01);
    expect(inkAt(230)).toBe(0);
    expect(inkAt(24)).toBe(1);
  });

  it('a higher threshold prints darker with every method', () => {
    const img: GreyImage = { width: 64, height: 64, data: new Uint8Array(4096).fill(140) };
    for (const m of METHODS) expect(countInk(ditherGrey(img, m, 180))).toBeGreaterThan(countInk(ditherGrey(img, m, 100)));
    // Dithering treats the threshold as a grey shift: 140 at threshold 180 prints like 88, at 100 like 168.
    for (const m of ['floyd-steinberg', 'ordered'] as const) {
      expect(Math.abs(countInk(ditherGrey(img, m, 180)) / 4096 - (1 - 88 / 255))).toBeLessThan(0.02);
      expect(Math.abs(countInk(ditherGrey(img, m, 100)) / 4096 - (1 - 168 / 255))).toBeLessThan(0.02);
    }
  });

  it('pure black and white stay solid', () => {
    for (const m of METHODS) {
      expect(countInk(ditherGrey({ width: 20, height: 20, data: new Uint8Array(400) }, m))).toBe(400);
      expect(countInk(ditherGrey({ width: 20, height: 20, data: new Uint8Array(400).fill(255) }, m))).toBe(0);
    }
  });

  it('is deterministic', () => {
    for (const m of METHODS) expect(hashBitmap(ditherGrey(gradient(), m))).toBe(hashBitmap(ditherGrey(gradient(), m)));
  });
});

describe('threshold, eight dots a byte', () => {
  it('inks exactly the pixels whose grey is below the threshold, for any width and any threshold (fractional, out of range, NaN)', () => {
    const thresholds = [0, 1, 127.5, 128, 200.01, 255, 255.5, 256, 300, -4, Number.NaN];
    for (const width of [1, 7, 8, 9, 15, 16, 17, 31]) {
      const data = Uint8Array.from({ length: width * 3 }, (_, i) => (i * 37 + 11) % 256);
      data[0] = 0;
      data[data.length - 1] = 255;
      const img: GreyImage = { width, height: 3, data };
      for (const threshold of thresholds) {
        const bmp = ditherGrey(img, 'threshold', threshold);
        for (let y = 0; y < 3; y++) {
          for (let x = 0; x < width; x++) expect(getPixel(bmp, x, y), `width ${width}, threshold ${threshold}, (${x}, ${y})`).toBe(data[y * width + x]! < threshold);
        }
      }
    }
  });
});
