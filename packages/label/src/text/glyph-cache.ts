import type { PlacedBitmap } from './fill-edges';

/** Default bound: ~20k glyphs of a few hundred bytes each keeps the cache within a few MB. */
export const DEFAULT_GLYPH_CACHE_SIZE = 20_000;
/** Second bound for huge text (a 400 pt glyph at 600 dpi is ~1.4 MB): total bitmap bytes. */
export const DEFAULT_GLYPH_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * A least-recently-used cache of rasterized glyphs, keyed by face, glyph, size and synthesis,
 * so repeated text (every label of a batch) costs only blits.
 */
export class GlyphCache {
  private readonly entries = new Map<string, PlacedBitmap>();
  private bytes = 0;
  readonly capacity: number;
  readonly maxBytes: number;

  constructor(capacity = DEFAULT_GLYPH_CACHE_SIZE, maxBytes = DEFAULT_GLYPH_CACHE_BYTES) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Returns the cached glyph (marking it recently used) or builds and stores it. */
  getOrCreate(key: string, build: () => PlacedBitmap): PlacedBitmap {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = build();
    this.entries.set(key, made);
    this.bytes += made.bitmap.data.length;
    // Evict the oldest; the glyph just made stays even when it alone is over the byte bound.
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= 1 || (this.entries.size <= this.capacity && this.bytes <= this.maxBytes)) break;
      this.entries.delete(oldKey);
      this.bytes -= old.bitmap.data.length;
    }
    return made;
  }

  /** Bytes of glyph bitmaps held. */
  get byteSize(): number {
    return this.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
