import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { InklessError } from '../errors/inkless-error';
import { decodeImageBytes, imageCache, loadImage } from './load-image';
import { codeOf, makeGreySamples, makeJpeg, makePhotoRgba, makePng, toDataUri } from './testing/fixtures';


const smallPng = makePng({ width: 12, height: 9, channels: 1, depth: 8, data: makeGreySamples(12, 9, (x, y) => x * 20 + y) });
const smallJpeg = makeJpeg(24, 16, makePhotoRgba(24, 16), 80);

/** Decoding must return or throw an InklessError (a hang fails the test by its timeout). */
function expectCalmDecode(bytes: Uint8Array): void {
  try {
    const img = decodeImageBytes(bytes, 'image/png');
    expect(img.data.length).toBe(img.width * img.height);
  } catch (e) {
    if (!(e instanceof InklessError)) throw new Error(`non-Inkless error: ${String(e)}`, { cause: e });
    expect(e.code).toMatch(/^INKLESS_IMAGE_/);
  }
}

describe('loadImage', () => {
  beforeEach(() => imageCache.clear());

  it('decodes a PNG data URI once and serves repeats from the cache', () => {
    const src = toDataUri(smallPng, 'image/png');
    const first = loadImage(src);
    expect([first.width, first.height, first.data[0], first.data[13]]).toEqual([12, 9, 0, 21]);
    expect(loadImage(src)).toBe(first);
    expect(imageCache.size).toBe(1);
  });

  it('decodes by content, whatever the declared type says', () => {
    expect(loadImage(toDataUri(smallJpeg, 'image/png')).width).toBe(24);
    expect(loadImage(toDataUri(smallPng, 'application/octet-stream')).width).toBe(12);
  });

  it('names unsupported formats and says what to do', () => {
    const gif = toDataUri(new TextEncoder().encode('GIF89a....'), 'image/gif');
    expect(() => loadImage(gif, 'elements[4].src')).toThrow('elements[4].src: GIF images are not supported; convert the image to PNG or JPEG');
    expect(codeOf(() => loadImage(gif))).toBe('INKLESS_IMAGE_UNSUPPORTED');
    expect(codeOf(() => loadImage(toDataUri(new Uint8Array([1, 2, 3]), 'image/png')))).toBe('INKLESS_IMAGE_DECODE');
    expect(imageCache.size).toBe(0);
  });

  it('random bytes behind a PNG or JPEG signature only ever fail with an InklessError', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 400 }), (isPng, tail) => {
        expectCalmDecode(new Uint8Array([...(isPng ? png : [0xff, 0xd8, 0xff]), ...tail]));
      }),
      { numRuns: 500 },
    );
  });

  it('valid files with random bytes overwritten only ever fail with an InklessError', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (isPng, edits, cut) => {
          const bytes = (isPng ? smallPng : smallJpeg).slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          expectCalmDecode(bytes.subarray(0, bytes.length - (cut % 16)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
