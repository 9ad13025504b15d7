import type { Bitmap1 } from '@inkless/label';
import { findRepeatedRows } from './row-repeats';

/**
 * Where a label's ink is, in the units raster commands speak: whole bytes across (8 dots), dots
 * down. Drivers send only these rectangles instead of the whole label ("few bytes"), and the
 * printed dots stay identical because everything outside them is blank.
 */
export interface InkRect {
  /** Left edge in bytes (x in dots = 8 * xBytes, so every command's x is a multiple of 8). */
  readonly xBytes: number;
  readonly y: number;
  readonly widthBytes: number;
  readonly height: number;
}

export interface InkCutOptions {
  /** What one more raster command costs on the wire (its header), in bytes. */
  readonly overheadBytes: number;
  /** Tallest rectangle; keeps commands within small printer receive buffers. Default 256. */
  readonly maxRows?: number;
  /**
   * How many runs of rows back the search looks when it decides where a group of rows starts (a
   * run is a stretch of rows with ink in the same byte columns: a text line is a few runs, a
   * barcode's bars one). The search costs runs x this; rectangles of the same columns are joined
   * afterwards. Default 16.
   */
  readonly searchRuns?: number;
}

/** True when row `y` has no ink in bytes [fromByte, toByte). */
export function isRowBlank(bmp: Bitmap1, y: number, fromByte = 0, toByte = bmp.stride): boolean {
  const start = y * bmp.stride;
  for (let i = start + fromByte; i < start + toByte; i++) if (bmp.data[i] !== 0) return false;
  return true;
}

/** One past the last byte of row `y` that holds ink (0 for a blank row). */
export function findRowInkEnd(bmp: Bitmap1, y: number): number {
  const start = y * bmp.stride;
  for (let b = bmp.stride; b > 0; b--) if (bmp.data[start + b - 1] !== 0) return b;
  return 0;
}

/** The smallest byte-aligned rectangle holding all ink of `area`, or undefined when it is blank. */
export function shrinkToInk(bmp: Bitmap1, area: InkRect): InkRect | undefined {
  const x1 = area.xBytes + area.widthBytes;
  let top = area.y;
  let bottom = area.y + area.height;
  while (top < bottom && isRowBlank(bmp, top, area.xBytes, x1)) top++;
  while (bottom > top && isRowBlank(bmp, bottom - 1, area.xBytes, x1)) bottom--;
  if (top === bottom) return undefined;
  let left = x1;
  let right = area.xBytes;
  for (let y = top; y < bottom; y++) {
    const row = y * bmp.stride;
    for (let b = area.xBytes; b < left; b++) if (bmp.data[row + b] !== 0) { left = b; break; }
    for (let b = x1; b > right; b--) if (bmp.data[row + b - 1] !== 0) { right = b; break; }
  }
  return { xBytes: left, y: top, widthBytes: right - left, height: bottom - top };
}

/**
 * The cost of sending a group of `rows` rows whose union of used byte columns is the bitset
 * `used` (bit 31 of word 0 = the first column): a blank gap of g columns is sent (g*rows bytes)
 * when that is cheaper than another command header, otherwise it splits the group into another
 * rectangle. Calls `onSpan` with each rectangle's columns [start, end) relative to the bitset.
 */
function measureSpans(used: Uint32Array, rows: number, overhead: number, onSpan?: (start: number, end: number) => void): number {
  const total = used.length * 32;
  let cost = 0;
  let start = -1;
  let end = -1;
  for (let p = 0; p < total;) {
    const s = findNextBit(used, p, false);
    if (s < 0) break;
    let e = findNextBit(used, s, true);
    if (e < 0) e = total;
    if (start >= 0 && (s - end) * rows <= overhead) end = e;
    else {
      if (start >= 0) { cost += overhead + (end - start) * rows; onSpan?.(start, end); }
      start = s;
      end = e;
    }
    p = e;
  }
  if (start >= 0) { cost += overhead + (end - start) * rows; onSpan?.(start, end); }
  return cost;
}

/** Index of the first set bit (or, with `zero`, clear bit) at or after p; -1 when none. */
function findNextBit(words: Uint32Array, p: number, zero: boolean): number {
  let k = p >> 5;
  if (k >= words.length) return -1;
  let w = ((zero ? ~words[k]! : words[k]!) & (0xffffffff >>> (p & 31))) >>> 0;
  while (w === 0) {
    if (++k >= words.length) return -1;
    w = (zero ? ~words[k]! : words[k]!) >>> 0;
  }
  return k * 32 + Math.clz32(w);
}

/**
 * Which byte columns of each row hold ink, grouped into runs of consecutive rows with the same
 * columns: text lines, barcode bars and blank stretches are long runs, so the cut works on a few
 * hundred runs instead of every row.
 */
interface OccupancyRuns {
  readonly count: number;
  /** 32-bit words per bitset; column c is bit 31 - (c & 31) of word c >> 5. */
  readonly words: number;
  /** First row of each run; `y[count]` is one past the last. */
  readonly y: Int32Array;
  /** The run's byte columns with ink, `words` words per run. */
  readonly columns: Uint32Array;
  readonly blank: Uint8Array;
}

function findOccupancyRuns(bmp: Bitmap1, repeats: Uint8Array): OccupancyRuns {
  const { stride, data, height } = bmp;
  const words = Math.max(1, (stride + 31) >> 5);
  let most = 1; // runs at most: one per row that does not repeat the one above
  for (let r = 0; r < height; r++) most += repeats[r] === 1 ? 0 : 1;
  const y = new Int32Array(most + 1);
  const columns = new Uint32Array(most * words);
  const blank = new Uint8Array(most);
  const row = new Uint32Array(words);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let count = 0;
  for (let r = 0; r < height; r++) {
    if (repeats[r] === 1) continue; // the same bytes, the same columns: the run goes on
    const start = r * stride;
    for (let k = 0; k < words; k++) row[k] = findWordColumns(data, view, start + 32 * k, Math.min(32, stride - 32 * k));
    let any = 0;
    for (let k = 0; k < words; k++) any |= row[k]!;
    if (count > 0 && isSameColumns(columns, (count - 1) * words, row, words)) continue;
    columns.set(row, count * words);
    blank[count] = any === 0 ? 1 : 0;
    y[count++] = r;
  }
  y[count] = height;
  return { count, words, y, columns, blank };
}

/** Bit 31 - i set when byte `from + i` (i < n <= 32) holds ink; blank stretches are read four bytes at a time. */
function findWordColumns(data: Uint8Array, view: DataView, from: number, n: number): number {
  let w = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    if (view.getInt32(from + i, true) === 0) continue;
    for (let b = i; b < i + 4; b++) if (data[from + b] !== 0) w |= 0x80000000 >>> b;
  }
  for (; i < n; i++) if (data[from + i] !== 0) w |= 0x80000000 >>> i;
  return w;
}

function isSameColumns(columns: Uint32Array, at: number, row: Uint32Array, words: number): boolean {
  for (let k = 0; k < words; k++) if (columns[at + k] !== row[k]) return false;
  return true;
}

/**
 * Cuts the label's ink into byte-aligned rectangles that cost few bytes to send: a dynamic program
 * chooses where one group of rows ends (blank rows cost nothing), each group is split into column
 * spans at blank gaps worth a header, and each rectangle is finally shrunk to its ink. Text at the
 * top and a barcode at the bottom become separate rectangles; a border's long sides become narrow
 * strips instead of forcing the whole label width.
 *
 * The program runs over runs of rows with the same ink columns, not over rows: inside a run a
 * group's cost grows linearly with every row it takes from its neighbour (a gap is paid per row or
 * once as a header, whichever is less: concave in the rows), so moving a boundary to one end of the
 * run is never worse, and the groups of an optimal cut start and end only between runs. A group
 * may be any height; rectangles taller than `maxRows` are cut into pieces of at most that.
 *
 * @example
 * for (const r of cutInkRects(bitmap, { overheadBytes: 28 })) send(r); // BITMAP 8*r.xBytes,r.y,...
 */
export function cutInkRects(bmp: Bitmap1, options: InkCutOptions, repeats: Uint8Array = findRepeatedRows(bmp)): InkRect[] {
  const maxRows = Math.max(1, options.maxRows ?? 256);
  const searchRuns = Math.max(1, options.searchRuns ?? 16);
  const overhead = options.overheadBytes;
  const runs = findOccupancyRuns(bmp, repeats);
  const { count: n, words, columns, blank } = runs;
  // best[i] = cheapest way to send runs [0, i); start[i] = where its last group began
  // (skip[i] set means run i - 1 is blank and sent as nothing).
  const best = new Float64Array(n + 1);
  const start = new Int32Array(n + 1);
  const skip = new Uint8Array(n + 1);
  const used = new Uint32Array(words);
  // The blank gaps between the union's ink spans: a group costs a header, its ink columns on every
  // row, and each gap either on every row or as one more header, whichever is less. Recounted
  // only when a run adds columns to the union.
  const gaps = new Int32Array(words * 16 + 1);
  for (let i = 1; i <= n; i++) {
    best[i] = Infinity;
    if (blank[i - 1]) {
      best[i] = best[i - 1]!;
      start[i] = i - 1;
      skip[i] = 1;
      continue; // a group ending in blank rows costs more than the same group without them
    }
    used.fill(0);
    let ones = 0;
    let gapCount = 0;
    for (let j = i - 1; j >= Math.max(0, i - searchRuns); j--) {
      let added = 0;
      for (let k = 0; k < words; k++) {
        const w = columns[j * words + k]!;
        added |= w & ~used[k]!;
        used[k]! |= w;
      }
      if (added !== 0) {
        ones = 0;
        for (let k = 0; k < words; k++) ones += countBits(used[k]!);
        gapCount = findGaps(used, gaps);
      }
      if (blank[j]) continue; // nor does one starting with them
      const rows = runs.y[i]! - runs.y[j]!;
      let cost = best[j]! + overhead + rows * ones;
      for (let g = 0; g < gapCount; g++) cost += Math.min(gaps[g]! * rows, overhead);
      if (cost < best[i]!) {
        best[i] = cost;
        start[i] = j;
      }
    }
  }
  const rects: InkRect[] = [];
  for (let i = n; i > 0; i = start[i]!) {
    if (skip[i]) continue;
    const j = start[i]!;
    used.fill(0);
    for (let r = j; r < i; r++) for (let k = 0; k < words; k++) used[k]! |= columns[r * words + k]!;
    measureSpans(used, runs.y[i]! - runs.y[j]!, overhead, (s, e) => {
      // The span's columns are ink at both ends; only blank rows above and below are cut away.
      let top = j;
      while (top < i && !hasBitIn(columns, top * words, s, e)) top++;
      let bottom = i;
      while (bottom > top && !hasBitIn(columns, (bottom - 1) * words, s, e)) bottom--;
      for (let y = runs.y[top]!; y < runs.y[bottom]!; y += maxRows) {
        rects.push({ xBytes: s, y, widthBytes: e - s, height: Math.min(maxRows, runs.y[bottom]! - y) });
      }
    });
  }
  return joinStackedRects(rects.sort((a, b) => a.y - b.y || a.xBytes - b.xBytes), maxRows);
}

/**
 * The lengths of the blank stretches between set bits (not before the first or after the last)
 * into `out`; returns how many. Reads each word once: a run starts where a set bit follows a clear
 * one and ends where a clear bit follows.
 */
function findGaps(used: Uint32Array, out: Int32Array): number {
  let count = 0;
  let lastEnd = -1; // one past the last set bit seen so far
  for (let k = 0; k < used.length; k++) {
    const w = used[k]!;
    if (w === 0) continue;
    const before = k > 0 ? used[k - 1]! & 1 : 0; // the column just before this word
    const after = k + 1 < used.length ? used[k + 1]! >>> 31 : 0; // the column just after it
    let starts = w & ~((w >>> 1) | (before << 31));
    let ends = w & ~((w << 1) | after);
    while (starts !== 0 || ends !== 0) {
      const s = starts !== 0 ? Math.clz32(starts) : 32;
      const e = ends !== 0 ? Math.clz32(ends) : 32;
      if (s <= e) {
        if (lastEnd >= 0) out[count++] = k * 32 + s - lastEnd;
        starts &= ~(0x80000000 >>> s);
      } else {
        lastEnd = k * 32 + e + 1;
        ends &= ~(0x80000000 >>> e);
      }
    }
  }
  return count;
}

function countBits(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** True when the bitset at `at` has a bit in columns [s, e). */
function hasBitIn(columns: Uint32Array, at: number, s: number, e: number): boolean {
  for (let k = s >> 5; k <= (e - 1) >> 5; k++) {
    let w = columns[at + k]!;
    if (k === s >> 5) w &= 0xffffffff >>> (s & 31);
    if (k === (e - 1) >> 5) w &= ~(0x7fffffff >>> ((e - 1) & 31));
    if (w !== 0) return true;
  }
  return false;
}

/** Joins rectangles of the same columns that touch vertically (up to maxRows tall); `rects` is sorted by y, then x. */
function joinStackedRects(rects: readonly InkRect[], maxRows: number): InkRect[] {
  /** Index in `out` of the last rectangle of each column span (key: xBytes * 65536 + widthBytes). */
  const last = new Map<number, number>();
  const out: InkRect[] = [];
  for (const r of rects) {
    const key = r.xBytes * 65536 + r.widthBytes;
    const at = last.get(key);
    const above = at === undefined ? undefined : out[at]!;
    if (above && above.y + above.height === r.y && above.height + r.height <= maxRows) {
      out[at!] = { ...above, height: above.height + r.height };
      continue;
    }
    last.set(key, out.length);
    out.push(r);
  }
  return out;
}

/** Bytes a list of rectangles carries (without headers): for reports and tests. */
export function countRectBytes(rects: readonly InkRect[]): number {
  return rects.reduce((sum, r) => sum + r.widthBytes * r.height, 0);
}
