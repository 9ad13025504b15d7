import { blit, type Bitmap1 } from '../bitmap/bitmap1';

/**
 * ORs a glyph into the text bitmap a byte at a time (shifted), the hot loop of warm text
 * rendering; glyphs that cross the bitmap's edge take the clipping path of `blit`.
 */
export function blitGlyph(dst: Bitmap1, src: Bitmap1, dx: number, dy: number): void {
  if (dx < 0 || dy < 0 || dx + src.width > dst.width || dy + src.height > dst.height) {
    blit(dst, src, dx, dy);
    return;
  }
  const shift = dx & 7;
  const back = 8 - shift;
  const sData = src.data;
  const dData = dst.data;
  const sStride = src.stride;
  for (let y = 0; y < src.height; y++) {
    const s = y * sStride;
    let d = (dy + y) * dst.stride + (dx >> 3);
    for (let i = 0; i < sStride; i++, d++) {
      const b = sData[s + i]!;
      if (b === 0) continue;
      dData[d]! |= b >> shift;
      // Bits pushed past this byte belong to real glyph dots, which lie inside the row (checked above).
      if (shift !== 0) {
        const spill = (b << back) & 0xff;
        if (spill !== 0) dData[d + 1]! |= spill;
      }
    }
  }
}
