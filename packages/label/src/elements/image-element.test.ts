import { describe, expect, it } from 'vitest';
import { countInk } from '../bitmap/bitmap1';
import { imageCache } from '../image/load-image';
import { makeGreySamples, makePng, toDataUri } from '../image/testing/fixtures';
import { FontSet } from '../text/font-set';
import { mmToDots } from '../units';
import type { ElementContext } from './element-kind';
import { imageElement } from './image-element';

const ctx: ElementContext = { dpi: 203, fonts: new FontSet(), path: 'elements[2]', warn: () => {} };
const blackSquare = toDataUri(makePng({ width: 8, height: 8, channels: 1, depth: 8, data: makeGreySamples(8, 8, () => 0) }), 'image/png');
const base = { type: 'image', xMm: 1, yMm: 2, widthMm: 50, heightMm: 30, src: blackSquare };

describe('imageElement', () => {
  it('fills in the defaults', () => {
    const el = imageElement.schema.parse(base);
    expect(el).toMatchObject({ fit: 'contain', dither: 'floyd-steinberg', threshold: 128, brightness: 0, contrast: 0, invert: false, rotation: 0, inverse: false });
    expect(imageElement.templatedFields).toEqual([]);
  });

  it('rejects unknown fields and out-of-range settings with readable messages', () => {
    const issues = (extra: object): string[] => {
      const r = imageElement.schema.safeParse({ ...base, ...extra });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ colour: 'red' }).length).toBe(1);
    expect(issues({ fit: 'fill' })).toEqual(['fit: fit must be contain, cover or stretch']);
    expect(issues({ threshold: 256 }).length).toBe(1);
    expect(issues({ threshold: 12.5 })).toEqual(['threshold: threshold must be a whole number']);
    expect(issues({ brightness: 101 })).toEqual(['brightness: brightness must be 100 or less']);
    expect(issues({ contrast: -101 })).toEqual(['contrast: contrast must be -100 or more']);
    expect(issues({ src: '' })).toEqual(['src: src must not be empty; choose an image']);
  });

  it('check reports a bad src as an issue on the src field', () => {
    const check = (src: string) => imageElement.check!(imageElement.schema.parse({ ...base, src }), { widthDots: 400, heightDots: 240 }, ctx);
    expect(check(blackSquare)).toEqual([]);
    expect(check('data:image/svg+xml;base64,PHN2Zy8+')).toEqual([
      { code: 'INKLESS_IMAGE_SVG_UNSUPPORTED', path: 'elements[2].src', message: 'SVG is not supported yet; export the drawing as PNG' },
    ]);
    expect(check('data:image/png;base64,iVBORw0KGgo=')[0]?.code).toBe('INKLESS_IMAGE_DECODE');
  });

  it('renders into the box at 203 dpi, decoding the src once for check and render', () => {
    imageCache.clear();
    const el = imageElement.schema.parse({ ...base, dither: 'threshold' });
    const box = { widthDots: mmToDots(50, 203), heightDots: mmToDots(30, 203) };
    expect(imageElement.check!(el, box, ctx)).toEqual([]);
    const bmp = imageElement.render(el, box, ctx);
    expect([bmp.width, bmp.height]).toEqual([400, 240]);
    expect(countInk(bmp)).toBe(240 * 240); // a square image: contain makes it 240 x 240, centred
    expect(imageCache.size).toBe(1);
  });

  it('render throws an InklessError with the path for a broken src', () => {
    const el = imageElement.schema.parse({ ...base, src: 'data:image/png;base64,@@' });
    expect(() => imageElement.render(el, { widthDots: 10, heightDots: 10 }, ctx)).toThrow(/^elements\[2\]\.src: base64 has character "@"/);
  });
});
