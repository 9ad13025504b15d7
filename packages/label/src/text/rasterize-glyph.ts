import { blit, createBitmap } from '../bitmap/bitmap1';
import { fillEdges, type PlacedBitmap } from './fill-edges';
import type { FontFace } from './font-face';
import { flattenOutline } from './flatten-outline';

/** Slant of synthetic italic: horizontal dots per dot of height (about 11 degrees). */
export const SYNTHETIC_ITALIC_SHEAR = 0.2;

/** How a face is drawn when the family lacks the asked style: bold by smearing, italic by shear. */
export interface Synthesis {
  readonly bold: boolean;
  readonly italic: boolean;
}

/** Extra dots synthetic bold adds to each stroke (and to the advance): 1 dot up to ~40-dot text. */
export function syntheticBoldDots(sizeDots: number): number {
  return Math.max(1, Math.round(sizeDots / 40));
}

/**
 * Rasterizes one glyph with its origin (pen position on the baseline) at dot (0, 0);
 * `left`/`top` say where the bitmap's top-left dot sits relative to the origin.
 */
export function rasterizeGlyph(face: FontFace, glyphIndex: number, sizeDots: number, synth: Synthesis): PlacedBitmap {
  const scale = sizeDots / face.unitsPerEm;
  const edges = flattenOutline(face.outlineOf(glyphIndex), { scale, shear: synth.italic ? SYNTHETIC_ITALIC_SHEAR : 0 });
  const placed = cropToInk(fillEdges(edges));
  if (!synth.bold || placed.bitmap.width === 0) return placed;
  const extra = syntheticBoldDots(sizeDots);
  const bold = createBitmap(placed.bitmap.width + extra, placed.bitmap.height);
  for (let dx = 0; dx <= extra; dx++) blit(bold, placed.bitmap, dx, 0);
  return { bitmap: bold, left: placed.left, top: placed.top };
}

/**
 * Trims blank rows and columns, so a glyph's bitmap is exactly its ink: blits get smaller and
 * "did ink fall outside the box" is a rectangle test.
 */
export function cropToInk(placed: PlacedBitmap): PlacedBitmap {
  const { bitmap } = placed;
  let x0 = bitmap.width;
  let x1 = -1;
  let y0 = bitmap.height;
  let y1 = -1;
  for (let y = 0; y < bitmap.height; y++) {
    const row = y * bitmap.stride;
    for (let i = 0; i < bitmap.stride; i++) {
      const b = bitmap.data[row + i]!;
      if (b === 0) continue;
      if (y < y0) y0 = y;
      y1 = y;
      const first = i * 8 + Math.clz32(b) - 24;
      const last = i * 8 + 7 - (31 - Math.clz32(b & -b));
      if (first < x0) x0 = first;
      if (last > x1) x1 = last;
    }
  }
  if (x1 < 0) return { bitmap: createBitmap(0, 0), left: 0, top: 0 };
  if (x0 === 0 && y0 === 0 && x1 === bitmap.width - 1 && y1 === bitmap.height - 1) return placed;
  const out = createBitmap(x1 - x0 + 1, y1 - y0 + 1);
  blit(out, bitmap, -x0, -y0);
  return { bitmap: out, left: placed.left + x0, top: placed.top + y0 };
}
