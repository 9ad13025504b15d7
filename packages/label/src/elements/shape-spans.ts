import { createBitmap, fillSpan, type Bitmap1 } from '../bitmap/bitmap1';

/**
 * Shapes are drawn row by row: a shape answers, for the centre line of each row, the horizontal
 * interval it covers. Dots whose centres fall inside are inked. Only + - * / and sqrt are used,
 * so Node and the browser draw the same dots.
 */
export type RowInterval = readonly [left: number, right: number] | null;

/** Dot columns whose centres lie in [left, right]. */
function toColumns(interval: RowInterval): [number, number] | null {
  if (!interval) return null;
  const from = Math.ceil(interval[0] - 0.5);
  const to = Math.floor(interval[1] - 0.5) + 1;
  return to > from ? [from, to] : null;
}

/** Fills `outer` minus `inner` on every row (inner null = solid). */
export function drawRing(width: number, height: number, outer: (cy: number) => RowInterval, inner: ((cy: number) => RowInterval) | null): Bitmap1 {
  const bmp = createBitmap(width, height);
  for (let y = 0; y < height; y++) {
    const cy = y + 0.5;
    const out = toColumns(outer(cy));
    if (!out) continue;
    const hole = inner ? toColumns(inner(cy)) : null;
    if (!hole || hole[0] >= out[1] || hole[1] <= out[0]) {
      fillSpan(bmp, y, out[0], out[1]);
      continue;
    }
    fillSpan(bmp, y, out[0], hole[0]);
    fillSpan(bmp, y, hole[1], out[1]);
  }
  return bmp;
}

/** Horizontal extent of a rounded rectangle [x0,x1]x[y0,y1] with corner radius r at height cy. */
export function roundedRectInterval(x0: number, y0: number, x1: number, y1: number, r: number): (cy: number) => RowInterval {
  const radius = Math.max(0, Math.min(r, (x1 - x0) / 2, (y1 - y0) / 2));
  return (cy) => {
    if (cy < y0 || cy > y1 || x1 <= x0) return null;
    const dy = cy < y0 + radius ? y0 + radius - cy : cy > y1 - radius ? cy - (y1 - radius) : 0;
    if (dy === 0) return [x0, x1];
    const inset = radius - Math.sqrt(Math.max(0, radius * radius - dy * dy));
    return [x0 + inset, x1 - inset];
  };
}

/** Horizontal extent of the ellipse centred at (cx, cy0) with half-axes a, b at height cy. */
export function ellipseInterval(cx: number, cy0: number, a: number, b: number): (cy: number) => RowInterval {
  return (cy) => {
    if (a <= 0 || b <= 0) return null;
    const t = (cy - cy0) / b;
    if (t < -1 || t > 1) return null;
    const half = a * Math.sqrt(1 - t * t);
    return [cx - half, cx + half];
  };
}

/** Extent of the convex polygon (points in order) at height cy. */
export function convexPolygonInterval(points: readonly (readonly [number, number])[]): (cy: number) => RowInterval {
  return (cy) => {
    let left = Infinity;
    let right = -Infinity;
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      if ((cy < ay && cy < by) || (cy > ay && cy > by) || ay === by) continue;
      const x = ax + ((cy - ay) * (bx - ax)) / (by - ay);
      if (x < left) left = x;
      if (x > right) right = x;
    }
    return left <= right ? [left, right] : null;
  };
}
