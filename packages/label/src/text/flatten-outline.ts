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
  const pen = new OutlinePen(t);
  for (const c of outline) {
    switch (c.type) {
      case 'M':
        pen.moveTo(pen.mapX(c.x!, c.y!), pen.mapY(c.y!));
        break;
      case 'L':
        pen.lineTo(pen.mapX(c.x!, c.y!), pen.mapY(c.y!));
        break;
      case 'Q': {
        const x1 = pen.mapX(c.x1!, c.y1!);
        const y1 = pen.mapY(c.y1!);
        const x2 = pen.mapX(c.x!, c.y!);
        const y2 = pen.mapY(c.y!);
        const { x: x0, y: y0 } = pen;
        const dd = Math.abs(x0 - 2 * x1 + x2) + Math.abs(y0 - 2 * y1 + y2);
        const n = stepsFor(dd / (8 * TOLERANCE_DOTS));
        for (let i = 1; i < n; i++) {
          const s = i / n;
          const m = 1 - s;
          pen.lineTo(m * m * x0 + 2 * m * s * x1 + s * s * x2, m * m * y0 + 2 * m * s * y1 + s * s * y2);
        }
        pen.lineTo(x2, y2);
        break;
      }
      case 'C': {
        const x1 = pen.mapX(c.x1!, c.y1!);
        const y1 = pen.mapY(c.y1!);
        const x2 = pen.mapX(c.x2!, c.y2!);
        const y2 = pen.mapY(c.y2!);
        const x3 = pen.mapX(c.x!, c.y!);
        const y3 = pen.mapY(c.y!);
        const { x: x0, y: y0 } = pen;
        const dd = Math.max(
          Math.abs(x0 - 2 * x1 + x2) + Math.abs(y0 - 2 * y1 + y2),
          Math.abs(x1 - 2 * x2 + x3) + Math.abs(y1 - 2 * y2 + y3),
        );
        const n = stepsFor((3 * dd) / (4 * TOLERANCE_DOTS));
        for (let i = 1; i < n; i++) {
          const s = i / n;
          const m = 1 - s;
          const a = m * m * m;
          const b = 3 * m * m * s;
          const d = 3 * m * s * s;
          const e = s * s * s;
          pen.lineTo(a * x0 + b * x1 + d * x2 + e * x3, a * y0 + b * y1 + d * y2 + e * y3);
        }
        pen.lineTo(x3, y3);
        break;
      }
      case 'Z':
        pen.close();
        break;
    }
  }
  pen.close();
  return pen.edges;
}

/** Where the flattening is: the pen's position, its contour's start, and the segments so far. */
class OutlinePen {
  readonly edges: EdgeList = [];
  x = 0;
  y = 0;
  private startX = 0;
  private startY = 0;
  private open = false;

  constructor(private readonly t: OutlineTransform) {}

  /** Font units to dots, x: with the italic shear. */
  mapX(ux: number, uy: number): number {
    return ux * this.t.scale + this.t.shear * uy * this.t.scale;
  }

  mapY(uy: number): number {
    return -uy * this.t.scale;
  }

  moveTo(x: number, y: number): void {
    this.close();
    this.x = this.startX = x;
    this.y = this.startY = y;
    this.open = true;
  }

  lineTo(nx: number, ny: number): void {
    if (nx !== this.x || ny !== this.y) this.edges.push(this.x, this.y, nx, ny);
    this.x = nx;
    this.y = ny;
  }

  /** Closes the open contour back to its start. */
  close(): void {
    if (this.open) this.lineTo(this.startX, this.startY);
    this.open = false;
  }
}

/** n segments keep the error of a curve with this (error * n²) under the tolerance. */
function stepsFor(errorTimesN2: number): number {
  return Math.max(1, Math.min(MAX_STEPS, Math.ceil(Math.sqrt(errorTimesN2))));
}
