import type { GlyphOutline } from './font-face';

/** How an outline in font units (y up) maps to dots (y down): x' = x*scale + shear*y*scale, y' = -y*scale. */
export interface OutlineTransform {
  /** Dots per font unit. */
  readonly scale: number;
  /** Horizontal shift per dot of height, for synthetic italic (0.2 ≈ 11°). */
  readonly shear: number;
}

/** Line segments as flat [x0, y0, x1, y1, ...] in dots, y down; contours are closed. */
export type EdgeList = number[];

/** Worst flattening error allowed, in dots: far below a dot, so curves look round at any size. */
const TOLERANCE_DOTS = 1 / 16;
const MAX_STEPS = 128;

/**
 * Flattens quadratic (TrueType) and cubic (CFF) outlines into line segments by fixed subdivision:
 * the step count comes from the control polygon's second difference (plain + * / sqrt), so Node and
 * every browser produce the same segments, hence the same dots.
 */
export function flattenOutline(outline: GlyphOutline, t: OutlineTransform): EdgeList {
  const edges: EdgeList = [];
  const { scale, shear } = t;
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  let open = false;
  const mapX = (ux: number, uy: number): number => ux * scale + shear * uy * scale;
  const mapY = (uy: number): number => -uy * scale;
  const lineTo = (nx: number, ny: number): void => {
    if (nx !== x || ny !== y) edges.push(x, y, nx, ny);
    x = nx;
    y = ny;
  };
  const close = (): void => {
    if (open) lineTo(startX, startY);
    open = false;
  };
  for (const c of outline) {
    switch (c.type) {
      case 'M': {
        close();
        x = startX = mapX(c.x!, c.y!);
        y = startY = mapY(c.y!);
        open = true;
        break;
      }
      case 'L':
        lineTo(mapX(c.x!, c.y!), mapY(c.y!));
        break;
      case 'Q': {
        const x1 = mapX(c.x1!, c.y1!);
        const y1 = mapY(c.y1!);
        const x2 = mapX(c.x!, c.y!);
        const y2 = mapY(c.y!);
        const dd = Math.abs(x - 2 * x1 + x2) + Math.abs(y - 2 * y1 + y2);
        const n = stepsFor(dd / (8 * TOLERANCE_DOTS));
        const x0 = x;
        const y0 = y;
        for (let i = 1; i < n; i++) {
          const s = i / n;
          const m = 1 - s;
          lineTo(m * m * x0 + 2 * m * s * x1 + s * s * x2, m * m * y0 + 2 * m * s * y1 + s * s * y2);
        }
        lineTo(x2, y2);
        break;
      }
      case 'C': {
        const x1 = mapX(c.x1!, c.y1!);
        const y1 = mapY(c.y1!);
        const x2 = mapX(c.x2!, c.y2!);
        const y2 = mapY(c.y2!);
        const x3 = mapX(c.x!, c.y!);
        const y3 = mapY(c.y!);
        const dd = Math.max(
          Math.abs(x - 2 * x1 + x2) + Math.abs(y - 2 * y1 + y2),
          Math.abs(x1 - 2 * x2 + x3) + Math.abs(y1 - 2 * y2 + y3),
        );
        const n = stepsFor((3 * dd) / (4 * TOLERANCE_DOTS));
        const x0 = x;
        const y0 = y;
        for (let i = 1; i < n; i++) {
          const s = i / n;
          const m = 1 - s;
          const a = m * m * m;
          const b = 3 * m * m * s;
          const d = 3 * m * s * s;
          const e = s * s * s;
          lineTo(a * x0 + b * x1 + d * x2 + e * x3, a * y0 + b * y1 + d * y2 + e * y3);
        }
        lineTo(x3, y3);
        break;
      }
      case 'Z':
        close();
        break;
    }
  }
  close();
  return edges;
}

/** n segments keep the error of a curve with this (error * n²) under the tolerance. */
function stepsFor(errorTimesN2: number): number {
  return Math.max(1, Math.min(MAX_STEPS, Math.ceil(Math.sqrt(errorTimesN2))));
}
