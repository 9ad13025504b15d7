import type { GreyImage } from '../picture/grey';
import { eraseCutLines, findCutLines } from './cut-lines';
import { buildInkGrid, groupInk, INK_BELOW, type CellBox, type InkGrid } from './ink-grid';
import type { PageRegion } from './page-region';

/** Ink groups smaller than this on both sides (mm) are specks of dust or toner, not labels. */
const SPECK_MM = 3;
/** Parts of one label within this distance (mm) belong together. */
const REACH_MM = 2;

function union(boxes: readonly CellBox[]): CellBox {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** Tightens a box of grid cells to the exact ink pixels inside it. */
function refine(page: GreyImage, grid: InkGrid, box: CellBox, found: PageRegion['found']): PageRegion {
  const x0 = box.x0 * grid.cell;
  const y0 = box.y0 * grid.cell;
  const x1 = Math.min(page.width, box.x1 * grid.cell);
  const y1 = Math.min(page.height, box.y1 * grid.cell);
  let minX = x1, minY = y1, maxX = x0 - 1, maxY = y0 - 1;
  for (let y = y0; y < y1; y++) {
    const row = y * page.width;
    for (let x = x0; x < x1; x++) {
      if (page.data[row + x]! >= INK_BELOW) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  if (maxX < minX) return { x: x0, y: y0, width: x1 - x0, height: y1 - y0, found };
  return { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1, found };
}

/** Parts whose ink box is under this share of the largest part's are notes (fold here, instructions), not labels. */
const MIN_LABEL_SHARE = 0.5;

/** Drops parts far smaller than the largest: a carrier page's instructions under its label are not a second label. */
function labelParts(parts: readonly CellBox[][]): CellBox[][] {
  const area = (part: readonly CellBox[]): number => {
    const u = union(part);
    return (u.x1 - u.x0) * (u.y1 - u.y0);
  };
  const largest = Math.max(...parts.map(area));
  return parts.filter((part) => area(part) >= largest * MIN_LABEL_SHARE);
}

/** Whether the groups fall apart at `mid` along one axis: none crosses it and both sides have some. */
function splitsAt(boxes: readonly CellBox[], mid: number, axis: 'x' | 'y'): boolean {
  const lo = (b: CellBox): number => (axis === 'x' ? b.x0 : b.y0);
  const hi = (b: CellBox): number => (axis === 'x' ? b.x1 : b.y1);
  return boxes.every((b) => hi(b) <= mid || lo(b) >= mid) && boxes.some((b) => hi(b) <= mid) && boxes.some((b) => lo(b) >= mid);
}

/** The groups in each part between the cuts (cell coordinates), in reading order; empty parts left out. */
function partition(boxes: readonly CellBox[], xCuts: readonly number[], yCuts: readonly number[]): CellBox[][] {
  const parts: CellBox[][] = [];
  const ys = [-Infinity, ...yCuts, Infinity];
  const xs = [-Infinity, ...xCuts, Infinity];
  for (let j = 0; j + 1 < ys.length; j++) {
    for (let i = 0; i + 1 < xs.length; i++) {
      const inside = boxes.filter((b) => {
        const cx = (b.x0 + b.x1) / 2;
        const cy = (b.y0 + b.y1) / 2;
        return cx >= xs[i]! && cx < xs[i + 1]! && cy >= ys[j]! && cy < ys[j + 1]!;
      });
      if (inside.length > 0) parts.push(inside);
    }
  }
  return parts;
}

/**
 * The labels on a page (pixels of `page`): one, or two (halves) or four (quarters) when the ink
 * falls apart that way or dashed cut lines divide it. Specks and a faint page border are ignored;
 * a page with no ink gives the whole page (`found: 'whole-page'`).
 *
 * @example
 * const [region] = findLabelRegions(page, 300); // the 4x6 label in the top half of a Letter page
 */
export function findLabelRegions(page: GreyImage, dpi: number): PageRegion[] {
  const grid = buildInkGrid(page, dpi);
  const ink = new Uint8Array(grid.counts.length);
  for (let i = 0; i < ink.length; i++) ink[i] = grid.counts[i]! > 0 ? 1 : 0;
  const cuts = findCutLines(grid, ink);
  eraseCutLines(grid, ink, cuts);
  const cellsPerMm = dpi / 25.4 / grid.cell;
  const speck = SPECK_MM * cellsPerMm;
  const groups = groupInk(grid, ink, Math.max(1, Math.round(REACH_MM * cellsPerMm))).filter((b) => b.x1 - b.x0 >= speck || b.y1 - b.y0 >= speck);
  if (groups.length === 0) return [{ x: 0, y: 0, width: page.width, height: page.height, found: 'whole-page' }];
  if (cuts.rows.length > 0 || cuts.cols.length > 0) {
    return partition(groups, cuts.cols, cuts.rows).map((part) => refine(page, grid, union(part), 'cut-lines'));
  }
  const midX = grid.cols / 2;
  const midY = grid.rows / 2;
  const byRows = splitsAt(groups, midY, 'y');
  const byCols = splitsAt(groups, midX, 'x');
  if (byRows && byCols) {
    const quarters = partition(groups, [midX], [midY]);
    if (quarters.length === 4) return quarters.map((part) => refine(page, grid, union(part), 'quarter'));
  }
  if (byRows || byCols) {
    const halves = labelParts(byRows ? partition(groups, [], [midY]) : partition(groups, [midX], []));
    if (halves.length > 1) return halves.map((part) => refine(page, grid, union(part), 'half'));
    return [refine(page, grid, union(halves[0]!), 'ink')];
  }
  return [refine(page, grid, union(groups), 'ink')];
}
