import { describe, expect, it } from 'vitest';
import { createBitmap } from '../bitmap/bitmap1';
import { GlyphCache, glyphKey } from './glyph-cache';

const glyph = () => ({ bitmap: createBitmap(1, 1), left: 0, top: 0 });

describe('GlyphCache', () => {
  it('builds once per key and returns the same glyph after', () => {
    const cache = new GlyphCache(10);
    let builds = 0;
    const a = cache.getOrCreate('a', () => (builds++, glyph()));
    expect(cache.getOrCreate('a', () => (builds++, glyph()))).toBe(a);
    expect(builds).toBe(1);
  });

  it('stays within its capacity by evicting the least recently used glyph', () => {
    const cache = new GlyphCache(2);
    const a = cache.getOrCreate('a', glyph);
    cache.getOrCreate('b', glyph);
    cache.getOrCreate('a', glyph); // a is now the most recent
    cache.getOrCreate('c', glyph); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.getOrCreate('a', glyph)).toBe(a);
    let rebuilt = false;
    cache.getOrCreate('b', () => ((rebuilt = true), glyph()));
    expect(rebuilt).toBe(true);
  });

  it('also stays within its byte bound', () => {
    const cache = new GlyphCache(100, 64);
    const big = () => ({ bitmap: createBitmap(64, 4), left: 0, top: 0 }); // 32 bytes
    cache.getOrCreate('a', big);
    cache.getOrCreate('b', big);
    cache.getOrCreate('c', big);
    expect(cache.size).toBe(2);
    expect(cache.byteSize).toBe(64);
  });
});

describe('glyphKey', () => {
  it('gives every face, glyph, size and synthesis its own number, up to the largest of each', () => {
    const faces = [0, 1, 0x1ffff, 0x20000, 0x20001];
    const glyphs = [0, 1, 0xfffe, 0xffff];
    const sizes = [0, 1, 64 * 4000 - 1, 64 * 4000];
    const keys = new Set<number | string>();
    let made = 0;
    for (const f of faces) for (const g of glyphs) for (const s of sizes) for (const b of [false, true]) for (const i of [false, true]) {
      const key = glyphKey(f, g, s, b, i);
      expect(typeof key === 'string' || Number.isSafeInteger(key)).toBe(true);
      keys.add(key);
      made++;
    }
    expect(keys.size).toBe(made);
  });
});
