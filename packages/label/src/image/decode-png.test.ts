import { unzlibSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodePngToGrey } from './decode-png';
import { makeGreySamples, makePng, makeZeroBombZlib, codeOf, u32 } from './testing/fixtures';


/** A PNG assembled by hand (CRCs are not checked by the decoder), for headers no encoder writes. */
function craftPng(width: number, height: number, depth: number, colorType: number, idat: Uint8Array): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    out.set([...u32(data.length), ...[...type].map((c) => c.charCodeAt(0))]);
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array([...u32(width), ...u32(height), depth, colorType, 0, 0, 0]);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

describe('decodePngToGrey', () => {
  it('reads 8-bit grey as is', () => {
    const data = makeGreySamples(4, 2, (x, y) => x * 60 + y);
    const grey = decodePngToGrey(makePng({ width: 4, height: 2, channels: 1, depth: 8, data }));
    expect([...grey.data]).toEqual([...data]);
    expect([grey.width, grey.height]).toEqual([4, 2]);
  });

  it('weighs RGB with integer luminance weights', () => {
    const data = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]);
    const grey = decodePngToGrey(makePng({ width: 4, height: 1, channels: 3, depth: 8, data }));
    // (77*255+128)>>8, (150*255+128)>>8, (29*255+128)>>8, white stays 255
    expect([...grey.data]).toEqual([77, 149, 29, 255]);
  });

  it('lays RGBA over white paper', () => {
    const data = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 128, 255, 255, 255, 0]);
    const grey = decodePngToGrey(makePng({ width: 4, height: 1, channels: 4, depth: 8, data }));
    expect([...grey.data]).toEqual([255, 0, 127, 255]);
  });

  it('lays grey+alpha over white paper', () => {
    const data = new Uint8Array([0, 0, 0, 255, 100, 51]);
    const grey = decodePngToGrey(makePng({ width: 3, height: 1, channels: 2, depth: 8, data }));
    expect([...grey.data]).toEqual([255, 0, 224]); // 100*0.2 + 255*0.8 = 224
  });

  it('scales 16-bit samples to 8 bits', () => {
    const data = new Uint16Array([0, 0x8080, 0xffff, 0x0101]);
    const grey = decodePngToGrey(makePng({ width: 4, height: 1, channels: 1, depth: 16, data }));
    expect([...grey.data]).toEqual([0, 128, 255, 1]);
  });

  it('reads 16-bit RGBA', () => {
    const data = new Uint16Array([0xffff, 0, 0, 0xffff, 0, 0, 0, 0]);
    const grey = decodePngToGrey(makePng({ width: 2, height: 1, channels: 4, depth: 16, data }));
    expect([...grey.data]).toEqual([77, 255]);
  });

  it('unpacks 1-bit grey, including a partial last byte per row', () => {
    // 10 px wide: row 0 = 1010101010, row 1 = 0000000001
    const data = new Uint8Array([0b10101010, 0b10000000, 0b00000000, 0b01000000]);
    const grey = decodePngToGrey(makePng({ width: 10, height: 2, channels: 1, depth: 1, data }));
    expect([...grey.data]).toEqual([255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255]);
  });

  it('reads 4-bit palettes and their transparency', () => {
    // Translucent entries first: fast-png's encoder writes tRNS only for non-opaque entries.
    const palette = [[0, 0, 0, 0], [255, 0, 0, 128], [0, 0, 0, 255], [255, 255, 255, 255]];
    const data = new Uint8Array([0x01, 0x23]); // indices 0 1 2 3
    const grey = decodePngToGrey(makePng({ width: 4, height: 1, channels: 1, depth: 4, palette, data }));
    expect([...grey.data]).toEqual([255, 166, 0, 255]); // clear, half red over white, black, white
  });

  it('reads 8-bit palettes without transparency', () => {
    const palette = [[10, 10, 10], [200, 200, 200]];
    const grey = decodePngToGrey(makePng({ width: 3, height: 1, channels: 1, depth: 8, palette, data: new Uint8Array([1, 0, 1]) }));
    expect([...grey.data]).toEqual([200, 10, 200]);
  });

  it('reads Adam7-interlaced 8-bit images like plain ones', () => {
    const data = makeGreySamples(13, 11, (x, y) => (x * 17 + y * 5) & 255);
    const grey = decodePngToGrey(makePng({ width: 13, height: 11, channels: 1, depth: 8, data }, { interlace: 'Adam7' }));
    expect([...grey.data]).toEqual([...data]);
  });

  it('refuses a decompression bomb by its header, before allocating', () => {
    // IHDR claims 100 000 x 100 000 RGBA (40 GB decoded); the deflate stream is real and tiny.
    const bomb = craftPng(100_000, 100_000, 8, 6, zlibSync(new Uint8Array(1000)));
    expect(codeOf(() => decodePngToGrey(bomb))).toBe('INKLESS_IMAGE_TOO_LARGE');
    expect(codeOf(() => decodePngToGrey(craftPng(20_001, 1, 8, 0, zlibSync(new Uint8Array(10)))))).toBe('INKLESS_IMAGE_TOO_LARGE');
    expect(codeOf(() => decodePngToGrey(craftPng(10_000, 5_000, 8, 0, zlibSync(new Uint8Array(10)))))).toBe('INKLESS_IMAGE_TOO_LARGE');
  });

  it('inflates the hand-made bomb stream correctly (so the next test means something)', () => {
    const small = unzlibSync(makeZeroBombZlib(100_000));
    expect([small.length, small.every((b) => b === 0)]).toEqual([100_000, true]);
  });

  it('stops inflating pixel data that is far longer than the header allows', () => {
    // Header says 10x10 grey (110 bytes); the 6 MB stream inflates to 1 GB of zeros. Inflating it
    // all would take seconds and a gigabyte; the check stops after the first step.
    const bomb = craftPng(10, 10, 8, 0, makeZeroBombZlib(1024 * 1024 * 1024));
    // Only the early check says this; fast-png inflating it all would fail differently, or not at all.
    expect(() => decodePngToGrey(bomb)).toThrow(/more pixel data than its header says/);
  }, 10_000);

  it('reports corrupt files as INKLESS_IMAGE_DECODE', () => {
    const good = makePng({ width: 8, height: 8, channels: 1, depth: 8, data: new Uint8Array(64) });
    expect(codeOf(() => decodePngToGrey(good.subarray(0, 20)))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodePngToGrey(good.subarray(0, good.length - 20)))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodePngToGrey(craftPng(8, 8, 8, 0, new Uint8Array([1, 2, 3, 4, 5]))))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodePngToGrey(craftPng(8, 8, 8, 0, zlibSync(new Uint8Array(20)))))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodePngToGrey(craftPng(8, 8, 3, 2, zlibSync(new Uint8Array(200)))))).toBe('INKLESS_IMAGE_DECODE');
    expect(codeOf(() => decodePngToGrey(craftPng(0, 8, 8, 0, zlibSync(new Uint8Array(10)))))).toBe('INKLESS_IMAGE_DECODE');
    // palette image without PLTE
    expect(codeOf(() => decodePngToGrey(craftPng(2, 2, 8, 3, zlibSync(new Uint8Array(6)))))).toBe('INKLESS_IMAGE_DECODE');
  });

  it('reports a palette index past the palette end', () => {
    const png = makePng({ width: 2, height: 1, channels: 1, depth: 8, palette: [[0, 0, 0]], data: new Uint8Array([0, 5]) });
    expect(() => decodePngToGrey(png, 'elements[0].src')).toThrow('elements[0].src: PNG pixel (1, 0) uses palette entry 5, but the palette has 1');
  });
});
