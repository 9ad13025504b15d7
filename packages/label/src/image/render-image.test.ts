import { describe, expect, it } from 'vitest';
import { countInk, hashBitmap, toAscii } from '../bitmap/bitmap1';
import type { GreyImage } from './grey-image';
import { DEFAULT_IMAGE_OPTIONS, renderImageInBox, type ImageRenderOptions } from './render-image';
import { decodeImageBytes } from './load-image';
import { makeGreySamples, makeJpeg, makePhotoRgba, makePng } from './testing/fixtures';

/** Regression pins, recorded when the pipeline was written (see the last test). */
const PINNED = ['31f34b69ba700df6', '849f0ddf69348f9d', 'c76e374f87ba67cb', '2f231a86ecb64812'];

const flat = (width: number, height: number, grey: number): GreyImage => ({ width, height, data: new Uint8Array(width * height).fill(grey) });
const opts = (o: Partial<ImageRenderOptions>): ImageRenderOptions => ({ ...DEFAULT_IMAGE_OPTIONS, ...o });

describe('renderImageInBox', () => {
  it('contain centres the image and leaves the margins blank', () => {
    const bmp = renderImageInBox(flat(4, 2, 0), 8, 6, opts({ dither: 'threshold' }));
    expect(toAscii(bmp)).toMatchInlineSnapshot(`
      "........
      ########
      ########
      ########
      ########
      ........"
    `);
  });

  it('cover and stretch fill the whole box', () => {
    for (const fit of ['cover', 'stretch'] as const) expect(countInk(renderImageInBox(flat(4, 2, 0), 8, 6, opts({ fit, dither: 'threshold' })))).toBe(48);
  });

  it('cover crops the sides of a wide image', () => {
    // Left and right thirds black, middle third white: cover into a square shows only the middle.
    const img: GreyImage = { width: 9, height: 3, data: makeGreySamples(9, 3, (x) => (x >= 3 && x < 6 ? 255 : 0)) };
    expect(countInk(renderImageInBox(img, 6, 6, opts({ fit: 'cover', dither: 'threshold' })))).toBe(0);
    expect(countInk(renderImageInBox(img, 6, 6, opts({ fit: 'stretch', dither: 'threshold' })))).toBe(24);
  });

  it('invert prints the negative of the image only, not of the margins', () => {
    expect(countInk(renderImageInBox(flat(4, 2, 255), 8, 6, opts({ dither: 'threshold', invert: true })))).toBe(32);
    expect(countInk(renderImageInBox(flat(4, 2, 0), 8, 6, opts({ dither: 'threshold', invert: true })))).toBe(0);
  });

  it('brightness lightens and contrast separates', () => {
    const grey = flat(64, 64, 100);
    const ink = (o: Partial<ImageRenderOptions>): number => countInk(renderImageInBox(grey, 64, 64, opts(o)));
    expect(ink({ brightness: 30 })).toBeLessThan(ink({}));
    expect(ink({ brightness: -30 })).toBeGreaterThan(ink({}));
    expect(ink({ contrast: 100 })).toBe(64 * 64); // 100 is below mid grey: hard contrast makes it black
    expect(ink({ brightness: 100 })).toBe(0);
  });

  it('an empty box gives an empty bitmap', () => {
    expect(renderImageInBox(flat(4, 4, 0), 0, 10, DEFAULT_IMAGE_OPTIONS).width).toBe(0);
  });

  it('renders a photo deterministically (same bits every run)', () => {
    const grey = decodeImageBytes(makeJpeg(600, 400, makePhotoRgba(600, 400), 85));
    const hashes = (['threshold', 'floyd-steinberg', 'atkinson', 'ordered'] as const).map((dither) => hashBitmap(renderImageInBox(grey, 400, 240, opts({ dither }))));
    const again = (['threshold', 'floyd-steinberg', 'atkinson', 'ordered'] as const).map((dither) => hashBitmap(renderImageInBox(grey, 400, 240, opts({ dither }))));
    expect(again).toEqual(hashes);
    expect(new Set(hashes).size).toBe(4);
  });

  it('pins the bits of a PNG photo (a change here changes what prints; Node and browser must agree)', () => {
    const grey = decodeImageBytes(makePng({ width: 600, height: 400, channels: 4, depth: 8, data: makePhotoRgba(600, 400) }));
    const hashes = (['threshold', 'floyd-steinberg', 'atkinson', 'ordered'] as const).map((dither) => hashBitmap(renderImageInBox(grey, 400, 240, opts({ dither, brightness: 5, contrast: 10 }))));
    expect(hashes).toEqual(PINNED);
  });
});
