import { describe, expect, it } from 'vitest';
import { ImageCache } from './image-cache';

describe('ImageCache', () => {
  it('evicts the least recently used entry when over the count', () => {
    const cache = new ImageCache<number>(2, 1000);
    cache.set('a', 1, 10);
    cache.set('b', 2, 10);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3, 10);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect([cache.size, cache.bytes]).toEqual([2, 20]);
  });

  it('evicts by bytes and refuses values bigger than the whole budget', () => {
    const cache = new ImageCache<string>(8, 100);
    cache.set('a', 'A', 60);
    cache.set('b', 'B', 30);
    cache.set('c', 'C', 50);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 'B', 'C']);
    cache.set('huge', 'H', 101);
    expect([cache.get('huge'), cache.size, cache.bytes]).toEqual([undefined, 2, 80]);
  });

  it('replacing a key keeps the byte count right', () => {
    const cache = new ImageCache<string>(8, 100);
    cache.set('a', 'A', 60);
    cache.set('a', 'A2', 20);
    expect([cache.get('a'), cache.bytes]).toEqual(['A2', 20]);
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });
});
