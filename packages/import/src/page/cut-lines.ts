import type { InkGrid } from './ink-grid';

/** Grid lines (rows or columns) that carry a dashed line across the page, merged to their centres. */
export interface CutLines {
  /** Centre rows (grid cells) of horizontal cut lines. */
  readonly rows: readonly number[];
  /** Centre columns (grid cells) of vertical cut lines. */
  readonly cols: readonly number[];
}

/** Cells either side of a cut line that must be nearly empty (about 2 mm at half-millimetre cells). */
const CLEAR_BAND = 4;

/**
 * A dashed line across the page: ink in many short runs over at least 80 % of the page, yet with
 * gaps (so not a solid rule or a bar), and almost no ink just beside it (so not a line of text).
 */
function isDashed(at: (i: number) => boolean, length: number): boolean {
  let first = -1;
  let last = -1;
  let inked = 0;
  let runs = 0;
  for (let i = 0; i < length; i++) {
    if (!at(i)) continue;
    if (first < 0) first = i;
    if (i === 0 || !at(i - 1)) runs++;
    last = i;
    inked++;
  }
  return first >= 0 && last - first >= length * 0.8 && runs >= 8 && inked <= length * 0.85 && inked >= length * 0.2;
}

function sparse(at: (i: number) => boolean, length: number): boolean {
  let inked = 0;
  for (let i = 0; i < length; i++) if (at(i)) inked++;
  return inked <= length * 0.05;
}

function scan(lines: number, length: number, at: (line: number, i: number) => boolean): number[] {
  const hits: number[] = [];
  for (let l = 0; l < lines; l++) {
    if (!isDashed((i) => at(l, i), length)) continue;
    const before = l - CLEAR_BAND >= 0 ? sparse((i) => at(l - CLEAR_BAND, i), length) : true;
    const after = l + CLEAR_BAND < lines ? sparse((i) => at(l + CLEAR_BAND, i), length) : true;
    if (before && after) hits.push(l);
  }
  // Neighbouring hits are one thick line: keep each group's centre.
  const centres: number[] = [];
  for (let i = 0; i < hits.length; ) {
    let j = i;
    while (j + 1 < hits.length && hits[j + 1]! - hits[j]! <= 2) j++;
    centres.push(Math.round((hits[i]! + hits[j]!) / 2));
    i = j + 1;
  }
  return centres;
}

export function findCutLines(grid: InkGrid, ink: Uint8Array): CutLines {
  const { cols, rows } = grid;
  return {
    rows: scan(rows, cols, (r, c) => ink[r * cols + c] === 1),
    cols: scan(cols, rows, (c, r) => ink[r * cols + c] === 1),
  };
}

/** Clears the cells of each cut line (and a cell either side) so the line is not taken for a label. */
export function eraseCutLines(grid: InkGrid, ink: Uint8Array, cuts: CutLines): void {
  const { cols, rows } = grid;
  for (const r of cuts.rows) for (let y = Math.max(0, r - 2); y <= Math.min(rows - 1, r + 2); y++) ink.fill(0, y * cols, (y + 1) * cols);
  for (const c of cuts.cols) for (let y = 0; y < rows; y++) for (let x = Math.max(0, c - 2); x <= Math.min(cols - 1, c + 2); x++) ink[y * cols + x] = 0;
}
