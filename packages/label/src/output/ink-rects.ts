import type { Bitmap1 } from '../bitmap/bitmap1';

/** An axis-aligned block of ink in dots; the unit both SVG and PDF vector output draw. */
export interface InkRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface OpenRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Covers the ink of a bitmap exactly with non-overlapping rectangles: each row's runs, with a run
 * that repeats the one right above it (same start and end) merged into one taller rectangle, so a
 * barcode bar becomes one rect. Ordered by top edge, then left edge: deterministic.
 *
 * @example
 * collectInkRects(bmp).length; // 30 bars -> 30 rects
 */
export function collectInkRects(bmp: Bitmap1): InkRect[] {
  const rects: OpenRect[] = [];
  const keyBase = bmp.width + 1;
  let above = new Map<number, OpenRect>();
  const runs: number[] = [];
  for (let y = 0; y < bmp.height; y++) {
    collectRowRuns(bmp, y, runs);
    const current = new Map<number, OpenRect>();
    for (let i = 0; i < runs.length; i += 2) {
      const x0 = runs[i]!;
      const x1 = runs[i + 1]!;
      const key = x0 * keyBase + x1;
      const prev = above.get(key);
      if (prev) {
        prev.h++;
        current.set(key, prev);
      } else {
        const rect = { x: x0, y, w: x1 - x0, h: 1 };
        rects.push(rect);
        current.set(key, rect);
      }
    }
    above = current;
  }
  return rects;
}

/** Fills `out` with the row's ink runs as flat [x0, x1, x0, x1, ...] (half-open); skips blank and full bytes fast. */
export function collectRowRuns(bmp: Bitmap1, y: number, out: number[]): void {
  out.length = 0;
  const row = y * bmp.stride;
  const data = bmp.data;
  let start = -1;
  for (let b = 0; b < bmp.stride; b++) {
    const byte = data[row + b]!;
    const x = b << 3;
    if (byte === 0 && start < 0) continue;
    if (byte === 0xff && start >= 0) continue;
    for (let bit = 0; bit < 8; bit++) {
      const ink = (byte & (0x80 >> bit)) !== 0;
      if (ink && start < 0) start = x + bit;
      else if (!ink && start >= 0) {
        out.push(start, x + bit);
        start = -1;
      }
    }
  }
  if (start >= 0) out.push(start, bmp.width);
}
