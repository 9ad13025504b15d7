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

/** Whether the lengths are alike: most near their median and none far above it (no hole, no long run). */
function regular(lengths: readonly number[]): boolean {
  if (lengths.length === 0) return false;
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  const near = lengths.filter((l) => l >= median * 0.5 - 1 && l <= median * 1.5 + 1).length;
  return near >= lengths.length * 0.9 && sorted[sorted.length - 1]! <= median * 2 + 2;
}

/** One line of grid cells: cell i is `ink[start + i * step]` (a row: step 1; a column: step cols). */
interface Line {
  readonly ink: Uint8Array;
  readonly start: number;
  readonly step: number;
  readonly length: number;
}

/**
 * A dashed line across the page: at least 12 dashes alike in length with gaps alike too, over at
 * least 80 % of the page (so neither a solid rule, a bar, nor a line of text or bars), and almost
 * no ink just beside it.
 */
function isDashed({ ink, start, step, length }: Line): boolean {
  const dashes: number[] = [];
  const gaps: number[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < length; ) {
    const on = ink[start + i * step] === 1;
    let j = i;
    while (j < length && (ink[start + j * step] === 1) === on) j++;
    if (on) {
      if (first < 0) first = i;
      last = j;
      dashes.push(j - i);
    } else if (first >= 0 && j < length) gaps.push(j - i);
    i = j;
  }
  if (dashes.length < 12 || last - first < length * 0.8) return false;
  return regular(dashes) && regular(gaps.slice(0, dashes.length - 1));
}

function sparse({ ink, start, step, length }: Line): boolean {
  let inked = 0;
  for (let i = 0; i < length; i++) if (ink[start + i * step] === 1) inked++;
  return inked <= length * 0.05;
}

function scan(lines: number, line: (l: number) => Line): number[] {
  const hits: number[] = [];
  for (let l = 0; l < lines; l++) {
    if (!isDashed(line(l))) continue;
    const before = l - CLEAR_BAND >= 0 ? sparse(line(l - CLEAR_BAND)) : true;
    const after = l + CLEAR_BAND < lines ? sparse(line(l + CLEAR_BAND)) : true;
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
    rows: scan(rows, (r) => ({ ink, start: r * cols, step: 1, length: cols })),
    cols: scan(cols, (c) => ({ ink, start: c, step: cols, length: rows })),
  };
}

/** Clears the cells of each cut line (and a cell either side) so the line is not taken for a label. */
export function eraseCutLines(grid: InkGrid, ink: Uint8Array, cuts: CutLines): void {
  const { cols, rows } = grid;
  for (const r of cuts.rows) for (let y = Math.max(0, r - 2); y <= Math.min(rows - 1, r + 2); y++) ink.fill(0, y * cols, (y + 1) * cols);
  for (const c of cuts.cols) for (let y = 0; y < rows; y++) for (let x = Math.max(0, c - 2); x <= Math.min(cols - 1, c + 2); x++) ink[y * cols + x] = 0;
}
