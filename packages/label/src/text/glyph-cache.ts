import type { PlacedBitmap } from './fill-edges';

/** Default bound: ~20k glyphs of a few hundred bytes each keeps the cache within a few MB. */
export const DEFAULT_GLYPH_CACHE_SIZE = 20_000;
/** Second bound for huge text (a 400 pt glyph at 600 dpi is ~1.4 MB): total bitmap bytes. */
export const DEFAULT_GLYPH_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * A least-recently-used cache of rasterized glyphs, keyed by face, glyph, size and synthesis
 * (glyphKey), so repeated text (every label of a batch) costs only blits.
 */
/** Face ids below this fit glyphKey's number exactly (2^17: 17 + 16 + 18 + 2 bits < 2^53). */
const NUMBER_KEY_FACES = 0x20000;

/**
 * The cache key of a glyph at a size: face id, glyph index (< 2^16), size in 1/64 dots (< 2^18, the
 * largest size being 4,000 dots) and the synthesized bold and italic bits, packed in one number
 * so the lookup for every glyph drawn builds nothing (a string only past 2^17 faces).
 */
export function glyphKey(faceId: number, glyphIndex: number, size64: number, bold: boolean, italic: boolean): number | string {
  if (faceId >= NUMBER_KEY_FACES) return `${faceId}:${glyphIndex}:${size64}:${bold ? 1 : 0}${italic ? 1 : 0}`;
  return ((faceId * 0x10000 + glyphIndex) * 0x40000 + size64) * 4 + (bold ? 2 : 0) + (italic ? 1 : 0);
}

export class GlyphCache {
  private readonly entries = new Map<string | number, PlacedBitmap>();
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
  getOrCreate(key: string | number, build: () => PlacedBitmap): PlacedBitmap {
    return this.get(key) ?? this.put(key, build());
  }

  /** The cached glyph, marked recently used; undefined when it is not cached. */
  get(key: string | number): PlacedBitmap | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Stores a glyph (evicting the least recently used beyond the bounds) and returns it. */
  put(key: string | number, made: PlacedBitmap): PlacedBitmap {
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
