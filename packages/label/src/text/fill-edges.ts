import { createBitmap, fillSpan, type Bitmap1 } from '../bitmap/bitmap1';
import type { EdgeList } from './flatten-outline';

/** A filled shape and where its top-left dot sits relative to the outline's origin. */
export interface PlacedBitmap {
  readonly bitmap: Bitmap1;
  readonly left: number;
  readonly top: number;
}

/**
 * Fills closed polygons with the nonzero winding rule, one sample per dot at its centre
 * (x + 0.5, y + 0.5): 1-bit, no antialiasing, so a dot is ink exactly when its centre is inside.
 * Edges are half-open in y (top included, bottom excluded) so shared vertices count once.
 */
export function fillEdges(edges: EdgeList): PlacedBitmap {
  if (edges.length === 0) return { bitmap: createBitmap(0, 0), left: 0, top: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < edges.length; i += 2) {
    const ex = edges[i]!;
    const ey = edges[i + 1]!;
    if (ex < minX) minX = ex;
    if (ex > maxX) maxX = ex;
    if (ey < minY) minY = ey;
    if (ey > maxY) maxY = ey;
  }
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const bitmap = createBitmap(Math.ceil(maxX) - left, Math.ceil(maxY) - top);
  // Edges sorted by their top, so each row only looks at edges that can cross it.
  const n = edges.length >> 2;
  const order: number[] = [];
  for (let e = 0; e < n; e++) if (edges[e * 4 + 1] !== edges[e * 4 + 3]) order.push(e);
  const topOf = (e: number): number => Math.min(edges[e * 4 + 1]!, edges[e * 4 + 3]!);
  order.sort((a, b) => topOf(a) - topOf(b) || a - b);
  const active: number[] = [];
  const xs: number[] = [];
  const dirs: number[] = [];
  let next = 0;
  for (let row = 0; row < bitmap.height; row++) {
    const yc = top + row + 0.5;
    while (next < order.length && topOf(order[next]!) <= yc) active.push(order[next++]!);
    xs.length = 0;
    dirs.length = 0;
    let keep = 0;
    for (let k = 0; k < active.length; k++) {
      const e = active[k]!;
      const x0 = edges[e * 4]!;
      const y0 = edges[e * 4 + 1]!;
      const x1 = edges[e * 4 + 2]!;
      const y1 = edges[e * 4 + 3]!;
      const down = y1 > y0;
      const yTop = down ? y0 : y1;
      const yBottom = down ? y1 : y0;
      if (yBottom <= yc) continue; // finished: drop from the active list
      active[keep++] = e;
      if (yc < yTop) continue;
      insertCrossing(xs, dirs, x0 + ((yc - y0) * (x1 - x0)) / (y1 - y0), down ? 1 : -1);
    }
    active.length = keep;
    let winding = 0;
    let spanStart = 0;
    for (let k = 0; k < xs.length; k++) {
      const before = winding;
      winding += dirs[k]!;
      if (before === 0 && winding !== 0) spanStart = xs[k]!;
      else if (before !== 0 && winding === 0) {
        fillSpan(bitmap, row, Math.ceil(spanStart - 0.5) - left, Math.ceil(xs[k]! - 0.5) - left);
      }
    }
  }
  return { bitmap, left, top };
}

/** Keeps crossings sorted by x (few per row, so insertion beats a sort call). */
function insertCrossing(xs: number[], dirs: number[], x: number, dir: number): void {
  let i = xs.length;
  xs.push(x);
  dirs.push(dir);
  while (i > 0 && xs[i - 1]! > x) {
    xs[i] = xs[i - 1]!;
    dirs[i] = dirs[i - 1]!;
    i--;
  }
  xs[i] = x;
  dirs[i] = dir;
}
