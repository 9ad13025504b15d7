import type { Bitmap1 } from '@inkless/label';

/**
 * A label's rows grouped into runs of identical rows, the units the ESC/POS band planner works
 * on: a barcode's bars or a QR module row is one run, each text row usually its own. Everything
 * the planner needs about a run is computed once here (one pass over the bitmap's bytes).
 */
export interface RowRuns {
  readonly count: number;
  /** First row of each run. */
  readonly y: Int32Array;
  readonly height: Int32Array;
  /** First ink byte of the run's rows (the bitmap stride when blank). */
  readonly inkStart: Int32Array;
  /** One past the last ink byte (0 when blank). */
  readonly inkEnd: Int32Array;
  /**
   * Which dot pairings the row keeps, as bits: PAIRS_EVEN when dots (2k, 2k + 1) are equal all
   * across, PAIRS_ODD when dots (2k + 1, 2k + 2) are (dot 0 then blank). Double width prints such
   * a row from half its dots, with a left margin of that parity.
   */
  readonly pairs: Uint8Array;
}

export const PAIRS_EVEN = 1;
export const PAIRS_ODD = 2;

/**
 * Splits rows [0, rows) into runs of identical rows, each at most `maxRun` rows (even, so a long
 * run splits into even parts). A run of odd height (3 or more) is cut into its even part and one
 * last row, so that double-height bands can take the even part.
 */
export function findRowRuns(bmp: Bitmap1, rows: number, maxRun: number): RowRuns {
  const n = Math.min(rows, bmp.height);
  const { stride, data } = bmp;
  const y = new Int32Array(n);
  const height = new Int32Array(n);
  const inkStart = new Int32Array(n);
  const inkEnd = new Int32Array(n);
  const pairs = new Uint8Array(n);
  let count = 0;
  for (let r = 0; r < n;) {
    const start = r * stride;
    let end = r + 1;
    while (end < n && end - r < maxRun && isSameRow(data, start, end * stride, stride)) end++;
    let h = end - r;
    if (h >= 3 && h % 2 === 1) h--;
    y[count] = r;
    height[count] = h;
    measureRow(data, start, stride, inkStart, inkEnd, pairs, count);
    count++;
    r += h;
  }
  return { count, y, height, inkStart, inkEnd, pairs };
}

function isSameRow(data: Uint8Array, a: number, b: number, stride: number): boolean {
  for (let i = 0; i < stride; i++) if (data[a + i] !== data[b + i]) return false;
  return true;
}

/** Ink extent and dot pairings of the row at byte offset `start`, stored at index `k`. */
function measureRow(data: Uint8Array, start: number, stride: number, inkStart: Int32Array, inkEnd: Int32Array, pairs: Uint8Array, k: number): void {
  let first = stride;
  let last = 0;
  let even = 0; // dots 2k / 2k + 1 that differ: bits 7/6, 5/4, 3/2, 1/0 of a byte
  let odd = 0; // dots 2k + 1 / 2k + 2 that differ: bits 6/5, 4/3, 2/1, and bit 0 / the next bit 7
  let carry = 0; // the previous byte's last dot
  for (let i = 0; i < stride; i++) {
    const b = data[start + i]!;
    if (b === 0 && carry === 0) continue;
    if (b !== 0) {
      if (first === stride) first = i;
      last = i + 1;
    }
    const d = b ^ (b << 1);
    even |= d & 0xaa;
    odd |= (d & 0x54) | ((b >> 7) ^ carry);
    carry = b & 1;
  }
  odd |= carry; // the row's last dot against the blank beyond it
  inkStart[k] = first;
  inkEnd[k] = last;
  pairs[k] = (even === 0 ? PAIRS_EVEN : 0) | (odd === 0 ? PAIRS_ODD : 0);
}
