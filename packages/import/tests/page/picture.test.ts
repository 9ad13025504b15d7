// Pictures by their magic bytes: every format decodes to the right grey and dpi, and hostile files
// (claimed sizes of 100,000 pixels, truncation, corruption) get a coded error before any allocation.
import { encode as encodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { GifWriter } from 'omggif';
import UTIF from '../../src/picture/utif2-module.js';
import { describe, expect, it } from 'vitest';
import { decodePicture, detectSourceKind } from '../../src/index';

/** A 40x20 test card: left half black, right half white, with alpha 0 in the bottom-right quarter. */
function card(): { width: number; height: number; rgba: Uint8Array } {
  const width = 40, height = 20;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const v = x < 20 ? 0 : 255;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
      rgba[i + 3] = x >= 20 && y >= 10 ? 0 : 255;
    }
  }
  return { width, height, rgba };
}

/** A 24-bit (or 8-bit palette) BMP written by hand, bottom-up, with pixels per metre. */
function makeBmp(width: number, height: number, opts: { ppm?: number; claimWidth?: number; claimHeight?: number; truncateTo?: number } = {}): Uint8Array {
  const rowBytes = Math.ceil((width * 24) / 32) * 4;
  const size = 54 + rowBytes * height;
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  b[0] = 0x42; b[1] = 0x4d;
  v.setUint32(2, size, true);
  v.setUint32(10, 54, true);
  v.setUint32(14, 40, true);
  v.setInt32(18, opts.claimWidth ?? width, true);
  v.setInt32(22, opts.claimHeight ?? height, true);
  v.setUint16(26, 1, true);
  v.setUint16(28, 24, true);
  v.setInt32(38, opts.ppm ?? 0, true);
  v.setInt32(42, opts.ppm ?? 0, true);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = 54 + (height - 1 - y) * rowBytes + x * 3;
      const val = x < width / 2 ? 0 : 255;
      b[o] = b[o + 1] = b[o + 2] = val;
    }
  }
  return opts.truncateTo ? b.slice(0, opts.truncateTo) : b;
}

function makeGif(width: number, height: number): Uint8Array {
  const buf = new Uint8Array(1024 + width * height);
  const w = new GifWriter(buf, width, height, { palette: [0x000000, 0xffffff] });
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = x < width / 2 ? 0 : 1;
  w.addFrame(0, 0, width, height, pixels);
  return buf.slice(0, w.end());
}

/** Expects the card's left half black and right half white (transparent parts over white). */
function expectCard(grey: { width: number; height: number; data: Uint8Array }): void {
  expect([grey.width, grey.height]).toEqual([40, 20]);
  expect(grey.data[5 * 40 + 2]).toBeLessThan(20);
  expect(grey.data[5 * 40 + 30]).toBeGreaterThan(235);
  expect(grey.data[15 * 40 + 30]).toBeGreaterThan(235);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of bytes) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG whose IHDR (with a correct CRC) claims width x height, followed by a tiny IDAT and IEND. */
function pngClaiming(width: number, height: number): Uint8Array {
  const real = encodePng({ width: 1, height: 1, data: new Uint8Array([0]), channels: 1, depth: 8 });
  const out = real.slice();
  const v = new DataView(out.buffer);
  v.setUint32(16, width);
  v.setUint32(20, height);
  v.setUint32(29, crc32(out.subarray(12, 29)));
  return out;
}

/** Inserts a pHYs chunk (pixels per metre, unit 1) after IHDR. */
function withPhys(png: Uint8Array, ppm: number): Uint8Array {
  const chunk = new Uint8Array(21);
  const v = new DataView(chunk.buffer);
  v.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4);
  v.setUint32(8, ppm);
  v.setUint32(12, ppm);
  chunk[16] = 1;
  v.setUint32(17, crc32(chunk.subarray(4, 17)));
  return new Uint8Array([...png.subarray(0, 33), ...chunk, ...png.subarray(33)]);
}

describe('decodePicture', () => {
  const { width, height, rgba } = card();

  it('decodes PNG with alpha over white and reads its pHYs dpi', () => {
    const png = withPhys(encodePng({ width, height, data: rgba, channels: 4, depth: 8 }), 11811);
    const pic = decodePicture(png);
    expect(pic.format).toBe('png');
    expect(pic.dpi).toBe(300);
    expectCard(pic.grey);
  });

  it('decodes JPEG and reads its JFIF density', () => {
    const rgb = jpeg.encode({ data: Buffer.from(rgba.map((v, i) => (i % 4 === 3 ? 255 : v))), width, height }, 95).data;
    const bytes = new Uint8Array(rgb);
    bytes[13] = 1; // units: dots per inch
    bytes[14] = 0; bytes[15] = 203;
    const pic = decodePicture(bytes);
    expect(pic.format).toBe('jpeg');
    expect(pic.dpi).toBe(203);
    expect(pic.grey.data[5 * 40 + 2]).toBeLessThan(30);
    expect(pic.grey.data[5 * 40 + 30]).toBeGreaterThan(225);
  });

  it('decodes GIF, BMP (with pixels per metre) and TIFF (with its resolution)', () => {
    expectCard(decodePicture(makeGif(40, 20)).grey);
    const bmp = decodePicture(makeBmp(40, 20, { ppm: 7992 }));
    expect(bmp.format).toBe('bmp');
    expect(bmp.dpi).toBe(203);
    expectCard(bmp.grey);
    const tiffBytes = new Uint8Array(UTIF.encodeImage(rgba, width, height, { t282: [[600, 1]], t283: [[600, 1]], t296: [2] }));
    const tiff = decodePicture(tiffBytes);
    expect(tiff.format).toBe('tiff');
    expect(tiff.dpi).toBe(600);
    expectCard(tiff.grey);
  });

  it('refuses WebP with a code when the host did not load the WebP decoder', () => {
    const webp = new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WEBPVP8 '].map((c) => c.charCodeAt(0))));
    expect(() => decodePicture(webp)).toThrow(expect.objectContaining({ code: 'INKLESS_IMPORT_PICTURE_UNSUPPORTED' }));
  });

  it.each([
    ['PNG', pngClaiming(100_000, 100_000)],
    ['BMP', makeBmp(4, 4, { claimWidth: 100_000, claimHeight: 100_000 })],
    ['GIF', (() => { const g = makeGif(4, 4); g[6] = g[7] = g[8] = g[9] = 0xff; return g; })()],
  ])('refuses a %s that claims a huge size before decoding, naming the size', (format, bytes) => {
    let error: unknown;
    try {
      decodePicture(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'INKLESS_IMPORT_PICTURE_TOO_LARGE' });
    expect((error as Error).message).toMatch(format === 'GIF' ? /65535x65535/ : /100000x100000/);
    expect((error as Error).message).toContain(format);
  });

  it.each([
    ['truncated BMP', makeBmp(40, 20, { truncateTo: 200 }), /BMP.*bytes/],
    ['truncated GIF', makeGif(40, 20).slice(0, 30), /GIF/],
    ['truncated PNG', encodePng({ width, height, data: rgba, channels: 4, depth: 8 }).slice(0, 60), /PNG/],
    ['corrupt JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4, 5, 6, 7, 8]), /JPEG/],
    ['TIFF with a broken directory', new Uint8Array([0x49, 0x49, 0x2a, 0, 0xff, 0xff, 0xff, 0x0f]), /TIFF/],
  ])('gives a coded error for a %s', (_name, bytes, message) => {
    let error: unknown;
    try {
      decodePicture(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: expect.stringMatching(/^INKLESS_IMPORT_PICTURE_(INVALID|TOO_LARGE)$/) });
    expect((error as Error).message).toMatch(message);
  });
});

describe('detectSourceKind', () => {
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  it.each([
    ['pdf', text('%PDF-1.7\n%....')],
    ['picture', makeGif(2, 2)],
    ['picture', makeBmp(2, 2)],
    ['label-json', text('  {"schemaVersion": 2, "label": {}}')],
    ['zpl', text('\r\n^XA^FO50,50^FDHi^FS^XZ')],
    ['unknown', text('hello world')],
  ])('says %s', (kind, bytes) => {
    expect(detectSourceKind(bytes)).toBe(kind);
  });
});
