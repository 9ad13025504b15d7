import type { GreyImage } from '../picture/grey';

/** Pixels darker than this are ink; a faint (light grey) page border or background tint is not. */
export const INK_BELOW = 160;

/** The page cut into cells about half a millimetre square; a cell holds how many ink pixels it has. */
export interface InkGrid {
  readonly cols: number;
  readonly rows: number;
  /** Page pixels per cell side. */
  readonly cell: number;
  readonly counts: Uint32Array;
}

export function buildInkGrid(page: GreyImage, dpi: number): InkGrid {
  const cell = Math.max(1, Math.round(dpi / 50));
  const cols = Math.ceil(page.width / cell);
  const rows = Math.ceil(page.height / cell);
  const counts = new Uint32Array(cols * rows);
  const d = page.data;
  // Each column's cell, worked out once rather than divided for every pixel.
  const colCell = new Int32Array(page.width);
  for (let x = 0; x < page.width; x++) colCell[x] = (x / cell) | 0;
  for (let y = 0; y < page.height; y++) {
    const gy = ((y / cell) | 0) * cols;
    for (let x = 0, i = y * page.width; x < page.width; x++, i++) if (d[i]! < INK_BELOW) counts[gy + colCell[x]!]!++;
  }
  return { cols, rows, cell, counts };
}

/** A box in grid cells, ends exclusive. */
export interface CellBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Groups ink cells that lie within `reach` cells of each other (8-connected after a square
 * dilation), returning each group's box: the parts of one label hang together, labels apart do not.
 */
export function groupInk(grid: InkGrid, ink: Uint8Array, reach: number): CellBox[] {
  const { cols, rows } = grid;
  const seen = new Uint8Array(cols * rows);
  const boxes: CellBox[] = [];
  const stack: number[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    const box = { x0: cols, y0: rows, x1: 0, y1: 0 };
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      const cx = i % cols;
      const cy = (i / cols) | 0;
      box.x0 = Math.min(box.x0, cx);
      box.y0 = Math.min(box.y0, cy);
      box.x1 = Math.max(box.x1, cx + 1);
      box.y1 = Math.max(box.y1, cy + 1);
      for (let ny = Math.max(0, cy - reach); ny <= Math.min(rows - 1, cy + reach); ny++) {
        for (let nx = Math.max(0, cx - reach); nx <= Math.min(cols - 1, cx + reach); nx++) {
          const j = ny * cols + nx;
          if (ink[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    boxes.push(box);
  }
  return boxes;
}
