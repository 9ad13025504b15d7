import { describe, expect, it } from 'vitest';
import { decodeJpegToGrey } from './decode-jpeg';
import { readJpegSize } from './jpeg-header';
import { makeFlatJpeg, makeJpeg, codeOf, u32 } from './testing/fixtures';


function rgbaFill(width: number, height: number, rgb: (x: number, y: number) => [number, number, number]): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set([...rgb(x, y), 255], (y * width + x) * 4);
  }
  return data;
}

/** SOI, one SOF0 claiming the size with 3 components, then EOI: enough for the header check. */
function craftJpeg(width: number, height: number): Uint8Array {
  const sof = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0];
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, ...sof, 0xff, 0xd9]);
}

describe('decodeJpegToGrey', () => {
  it('decodes a flat grey JPEG to about that grey', () => {
    const grey = decodeJpegToGrey(makeJpeg(16, 16, rgbaFill(16, 16, () => [120, 120, 120])));
    expect([grey.width, grey.height]).toEqual([16, 16]);
    for (const v of grey.data) expect(Math.abs(v - 120)).toBeLessThanOrEqual(2);
  });

  it('weighs colours by luminance (green is lighter than blue)', () => {
    const img = decodeJpegToGrey(makeJpeg(32, 8, rgbaFill(32, 8, (x) => (x < 16 ? [0, 255, 0] : [0, 0, 255])), 95));
    const at = (x: number): number => img.data[4 * 32 + x]!;
    expect(Math.abs(at(4) - 149)).toBeLessThanOrEqual(6);
    expect(Math.abs(at(28) - 29)).toBeLessThanOrEqual(6);
  });

  it('decodes greyscale (one-component) JPEGs', () => {
    const img = decodeJpegToGrey(makeFlatJpeg([[40], [200], [128]]));
    expect([img.width, img.height]).toEqual([24, 8]);
    expect([img.data[0], img.data[8], img.data[16], img.data[7 * 24 + 23]]).toEqual([40, 200, 128, 128]);
  });

  it('decodes Adobe CMYK JPEGs (stored inverted) to luminance', () => {
    // Blocks: no ink; 50% black (K); full cyan.
    const img = decodeJpegToGrey(makeFlatJpeg([[255, 255, 255, 255], [255, 255, 255, 127], [0, 255, 255, 255]], { adobe: true }));
    expect([img.data[0], img.data[8], img.data[16]]).toEqual([255, 127, 178]);
  });

  it('reads the size from the frame header, skipping other segments', () => {
    const jpeg = makeJpeg(37, 11, rgbaFill(37, 11, () => [0, 0, 0]));
    expect(readJpegSize(jpeg)).toEqual({ width: 37, height: 11 });
    expect(readJpegSize(craftJpeg(300, 200))).toEqual({ width: 300, height: 200 });
  });

  it('refuses a JPEG whose frame header claims too many pixels, before decoding', () => {
    // Decoding 3.6 gigapixels would not finish within the test's timeout; refusing it does.
    expect(codeOf(() => decodeJpegToGrey(craftJpeg(60_000, 60_000)))).toBe('INKLESS_IMAGE_TOO_LARGE');
    expect(codeOf(() => decodeJpegToGrey(craftJpeg(10_000, 10_000)))).toBe('INKLESS_IMAGE_TOO_LARGE');
  }, 10_000);

  it('reports corrupt or truncated data as INKLESS_IMAGE_DECODE', () => {
    const good = makeJpeg(16, 16, rgbaFill(16, 16, (x, y) => [x * 16, y * 16, 0]));
    expect(codeOf(() => decodeJpegToGrey(good.subarray(0, 4)))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodeJpegToGrey(craftJpeg(8, 8)))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodeJpegToGrey(craftJpeg(0, 8)))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodeJpegToGrey(new Uint8Array([0xff, 0xd8, 0xff, 0xc4, ...u32(0)])))).toBe('INKLESS_IMAGE_DECODE');
  });
});
