import type { Bitmap1 } from '@inkless/label';

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
   * How many rows back the search looks when it decides where a group of rows starts. The search
   * costs rows x this, so it is kept short; rectangles of the same columns are joined afterwards,
   * so a tall barcode still becomes one rectangle. Default 12.
   */
  readonly searchRows?: number;
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
 * Cuts the label's ink into byte-aligned rectangles that cost few bytes to send: a dynamic program
 * over rows chooses where one group of rows ends (blank rows cost nothing), each group is split
 * into column spans at blank gaps worth a header, and each rectangle is finally shrunk to its ink.
 * Text at the top and a barcode at the bottom become separate rectangles; a border's long sides
 * become narrow strips instead of forcing the whole label width.
 *
 * @example
 * for (const r of cutInkRects(bitmap, { overheadBytes: 28 })) send(r); // BITMAP 8*r.xBytes,r.y,...
 */
export function cutInkRects(bmp: Bitmap1, options: InkCutOptions): InkRect[] {
  const box = shrinkToInk(bmp, { xBytes: 0, y: 0, widthBytes: bmp.stride, height: bmp.height });
  if (!box) return [];
  const maxRows = Math.max(1, options.maxRows ?? 256);
  const searchRows = Math.max(1, Math.min(maxRows, options.searchRows ?? 12));
  const overhead = options.overheadBytes;
  const { xBytes: from, widthBytes } = box;
  const to = from + widthBytes;
  const n = box.height;
  // Each row's used byte columns as a bitset of `words` 32-bit words (column `from` = bit 31 of word 0).
  const words = (widthBytes + 31) >> 5;
  const occupancy = new Uint32Array(n * words);
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = (box.y + i) * bmp.stride;
    let any = 0;
    for (let b = from; b < to; b++) {
      if (bmp.data[row + b] === 0) continue;
      const c = b - from;
      occupancy[i * words + (c >> 5)]! |= 0x80000000 >>> (c & 31);
      any = 1;
    }
    blank[i] = any ? 0 : 1;
  }
  // best[i] = cheapest way to send rows [0, i) of the box; start[i] = where its last group began
  // (skip[i] set means row i - 1 is blank and sent as nothing).
  const best = new Float64Array(n + 1);
  const start = new Int32Array(n + 1);
  const skip = new Uint8Array(n + 1);
  const used = new Uint32Array(words);
  for (let i = 1; i <= n; i++) {
    best[i] = Infinity;
    if (blank[i - 1]) {
      best[i] = best[i - 1]!;
      start[i] = i - 1;
      skip[i] = 1;
    }
    used.fill(0);
    for (let j = i - 1; j >= Math.max(0, i - searchRows); j--) {
      for (let k = 0; k < words; k++) used[k]! |= occupancy[j * words + k]!;
      const cost = best[j]! + measureSpans(used, i - j, overhead);
      if (cost < best[i]!) {
        best[i] = cost;
        start[i] = j;
        skip[i] = 0;
      }
    }
  }
  const rects: InkRect[] = [];
  for (let i = n; i > 0; i = start[i]!) {
    if (skip[i]) continue;
    const j = start[i]!;
    used.fill(0);
    for (let r = j; r < i; r++) for (let k = 0; k < words; k++) used[k]! |= occupancy[r * words + k]!;
    measureSpans(used, i - j, overhead, (s, e) => {
      const rect = shrinkToInk(bmp, { xBytes: from + s, y: box.y + j, widthBytes: e - s, height: i - j });
      if (rect) rects.push(rect);
    });
  }
  return joinStackedRects(rects.sort((a, b) => a.y - b.y || a.xBytes - b.xBytes), maxRows);
}

/** Joins rectangles of the same columns that touch vertically (up to maxRows tall). */
function joinStackedRects(rects: InkRect[], maxRows: number): InkRect[] {
  const open = new Map<string, InkRect>();
  const out: InkRect[] = [];
  for (const r of rects) {
    const key = `${r.xBytes}:${r.widthBytes}`;
    const above = open.get(key);
    if (above && above.y + above.height === r.y && above.height + r.height <= maxRows) {
      const joined = { ...above, height: above.height + r.height };
      out[out.indexOf(above)] = joined;
      open.set(key, joined);
      continue;
    }
    out.push(r);
    open.set(key, r);
  }
  return out.sort((a, b) => a.y - b.y || a.xBytes - b.xBytes);
}

/** Bytes a list of rectangles carries (without headers): for reports and tests. */
export function countRectBytes(rects: readonly InkRect[]): number {
  return rects.reduce((sum, r) => sum + r.widthBytes * r.height, 0);
}
