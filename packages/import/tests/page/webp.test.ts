// WebP through libwebp in WebAssembly (@jsquash/webp): lossy, lossless and alpha decode to the
// right grey; hostile sizes and truncated files get a coded error before libwebp sees them.
import { describe, expect, it } from 'vitest';
import { decodePicture, detectSourceKind } from '../../src/index';
import { loadPictureDecoders } from '../../src/node';
import { encodeWebp, webpClaiming } from '../support/make-webp';

/** A 40x20 card: left half black, right half white, the bottom-right quarter transparent black. */
function card(): Uint8Array {
  const rgba = new Uint8Array(40 * 20 * 4);
  for (let y = 0; y < 20; y++) {
    for (let x = 0; x < 40; x++) {
      const i = (y * 40 + x) * 4;
      const v = x < 20 || y >= 10 ? 0 : 255;
      rgba.set([v, v, v, x >= 20 && y >= 10 ? 0 : 255], i);
    }
  }
  return rgba;
}

function codeOf(run: () => unknown): { code?: string; message?: string } {
  try {
    run();
  } catch (e) {
    return e as { code?: string; message?: string };
  }
  return {};
}

describe('decodePicture: WebP', () => {
  it.each(['lossless', 'lossy'] as const)('decodes a %s WebP with alpha to black, white and transparent-over-white', async (mode) => {
    const bytes = await encodeWebp(card(), 40, 20, mode);
    expect(detectSourceKind(bytes)).toBe('picture');
    const pic = decodePicture(bytes, await loadPictureDecoders());
    expect(pic.format).toBe('webp');
    expect(pic.dpi).toBeUndefined();
    expect([pic.grey.width, pic.grey.height]).toEqual([40, 20]);
    expect(pic.grey.data[5 * 40 + 2]).toBeLessThan(20); // black
    expect(pic.grey.data[5 * 40 + 30]).toBeGreaterThan(235); // white
    expect(pic.grey.data[15 * 40 + 30]).toBeGreaterThan(235); // transparent black is paper
    if (mode === 'lossless') expect(new Set(pic.grey.data)).toEqual(new Set([0, 255]));
  });

  it('writes the two kinds of file it claims to test (VP8L, and VP8 with an alpha chunk)', async () => {
    const chunkOf = (b: Uint8Array) => String.fromCharCode(...b.subarray(12, 16));
    expect(chunkOf(await encodeWebp(card(), 40, 20, 'lossless'))).toBe('VP8L');
    const lossy = await encodeWebp(card(), 40, 20, 'lossy');
    expect(chunkOf(lossy)).toBe('VP8X');
    expect(String.fromCharCode(...lossy)).toContain('ALPH');
    expect(String.fromCharCode(...lossy)).toContain('VP8 ');
  });

  it('refuses a header claiming 100,000 x 100,000 pixels before decoding, naming the size', async () => {
    const decoders = await loadPictureDecoders();
    let asked = 0;
    const counting = { webp: { decodeRgba: (b: Uint8Array) => (asked++, decoders.webp!.decodeRgba(b)) } };
    const error = codeOf(() => decodePicture(webpClaiming(100_000, 100_000), counting));
    expect(error.code).toBe('INKLESS_IMPORT_PICTURE_TOO_LARGE');
    expect(error.message).toMatch(/WebP picture is 100000x100000 pixels/);
    expect(asked).toBe(0);
  });

  it.each([
    ['truncated inside the pixels', -20, 'INKLESS_IMPORT_PICTURE_INVALID', /WebP picture is corrupt: libwebp could not decode/],
    ['truncated inside the header', 22, 'INKLESS_IMPORT_PICTURE_INVALID', /WebP picture is corrupt: the file ends after 22 bytes/],
  ])('gives a coded error for a WebP %s', async (_name, cut, code, message) => {
    const whole = await encodeWebp(card(), 40, 20, 'lossy');
    const bytes = cut < 0 ? whole.slice(0, whole.length + cut) : whole.slice(0, cut);
    const decoders = await loadPictureDecoders();
    const error = codeOf(() => decodePicture(bytes, decoders));
    expect(error).toMatchObject({ code });
    expect(error.message).toMatch(message);
  });

  it('refuses an animated WebP by name', async () => {
    const header = webpClaiming(40, 20);
    header[20] = 0x02; // the VP8X animation flag
    const error = codeOf(() => decodePicture(header, { webp: { decodeRgba: () => undefined } }));
    expect(error).toMatchObject({ code: 'INKLESS_IMPORT_PICTURE_UNSUPPORTED' });
    expect(error.message).toMatch(/animation/);
  });
});
