import { describe, it, expect } from 'vitest';
import { decode, encode } from 'fast-png';
import { createBitmap, fillRect, hashBitmap, toAscii } from '../bitmap/bitmap1';
import { isInklessError } from '../errors/inkless-error';
import { bitmapFromPng } from './bitmap-from-png';
import { computeCrc32 } from './crc32';
import { encodePng1 } from './encode-png1';
import { encodePreviewPng } from './encode-preview-png';
import { makeNoiseBitmap } from './sample-bitmaps';

describe('computeCrc32', () => {
  it('matches the published check value of "123456789"', () => {
    expect(computeCrc32(Uint8Array.from('123456789', (c) => c.charCodeAt(0)))).toBe(0xcbf43926);
  });
});

describe('encodePng1', () => {
  it('writes a true 1-bit greyscale PNG with ink as black (0)', () => {
    const bmp = createBitmap(13, 3);
    fillRect(bmp, 0, 0, 1, 3);
    fillRect(bmp, 12, 1, 1, 1);
    const png = decode(encodePng1(bmp));
    expect([png.width, png.height, png.depth, png.channels]).toEqual([13, 3, 1, 1]);
    // Row 0: only x=0 is ink, so the first bit is 0 (black) and the next 12 are 1 (white).
    expect(png.data[0]).toBe(0b01111111);
    expect(png.data[1]).toBe(0b11111000); // 5 white dots, then 3 padding bits kept 0
    expect(png.data[2]! >> 7).toBe(0);
  });

  it.each([[1, 1], [1, 9], [13, 7], [8, 8], [64, 3], [203, 17]])('round-trips %ix%i noise bit for bit', (w, h) => {
    const bmp = makeNoiseBitmap(w, h, w * 31 + h);
    const back = bitmapFromPng(encodePng1(bmp));
    expect(back.width).toBe(w);
    expect(back.height).toBe(h);
    expect(hashBitmap(back)).toBe(hashBitmap(bmp));
    expect(Array.from(back.data)).toEqual(Array.from(bmp.data));
  });

  it('writes pHYs when a dpi is given, and identical bytes for identical input', () => {
    const bmp = makeNoiseBitmap(20, 20, 3);
    const png = encodePng1(bmp, { dpi: 203 });
    expect(decode(png).resolution).toEqual({ x: 7992, y: 7992, unit: 1 });
    expect(encodePng1(bmp, { dpi: 203 })).toEqual(png);
    expect(decode(encodePng1(bmp)).resolution).toBeUndefined();
  });

  it('refuses an empty bitmap with INKLESS_OUTPUT_EMPTY', () => {
    try {
      encodePng1(createBitmap(0, 5));
      expect.unreachable();
    } catch (e) {
      expect(isInklessError(e) && e.code).toBe('INKLESS_OUTPUT_EMPTY');
    }
  });
});

describe('encodePreviewPng', () => {
  it('scales by a whole factor and adds backdrop margin with an outline', () => {
    const bmp = createBitmap(5, 4);
    fillRect(bmp, 1, 1, 2, 1);
    const png = decode(encodePreviewPng(bmp, { scale: 3 }));
    // 5*3 + 2*6 by 4*3 + 2*6
    expect([png.width, png.height, png.depth, png.channels]).toEqual([27, 24, 8, 1]);
    const at = (x: number, y: number): number => png.data[y * png.width + x]!;
    expect(at(0, 0)).toBe(0xe4); // backdrop
    expect(at(5, 5)).toBe(0x9a); // outline ring just outside the label
    expect(at(6, 6)).toBe(0xf7); // paper
    expect(at(6 + 3, 6 + 3)).toBe(0x1c); // dot (1,1) scaled
    expect(at(6 + 8, 6 + 5)).toBe(0x1c); // dot (2,1), last pixel of its 3x3 block
    expect(at(6 + 9, 6 + 3)).toBe(0xf7); // dot (3,1) is paper
  });

  it('reads back to the same bits at scale 1 without margin', () => {
    const bmp = makeNoiseBitmap(13, 9, 5);
    expect(toAscii(bitmapFromPng(encodePreviewPng(bmp, { marginPx: 0 })))).toBe(toAscii(bmp));
  });

  it('rejects a fractional scale and a grey level out of range', () => {
    expect(() => encodePreviewPng(createBitmap(2, 2), { scale: 1.5 })).toThrow(/whole number/);
    expect(() => encodePreviewPng(createBitmap(2, 2), { palette: { ink: 256 } })).toThrow(/palette.ink: preview ink must be a grey level/);
  });
});

describe('bitmapFromPng', () => {
  it('thresholds 8-bit RGBA at 128 after compositing on white', () => {
    const rgba = new Uint8Array([0, 0, 0, 255, 200, 200, 200, 255, 0, 0, 0, 0, 100, 100, 100, 255]);
    const png = encode({ width: 4, height: 1, data: rgba, channels: 4, depth: 8 });
    // black, light grey, fully transparent black (= white paper), dark grey
    expect(toAscii(bitmapFromPng(png))).toBe('#..#');
  });

  it('refuses a PNG whose header claims more dots than the engine allows, before decoding', () => {
    const png = encodePng1(createBitmap(2, 2));
    png.set([0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00], 16); // 65536 x 65536
    expect(() => bitmapFromPng(png)).toThrow(/over the .* dot limit/);
  });

  it('reports bytes that are not a PNG', () => {
    expect(() => bitmapFromPng(new Uint8Array([1, 2, 3]))).toThrow(/not a readable PNG/);
  });
});
