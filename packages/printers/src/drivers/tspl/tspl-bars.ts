import type { Bitmap1 } from '@inkless/label';
import type { InkRect } from '../shared/ink-bands';
import type { TsplWriter } from './tspl-wire';

/**
 * The bars the last findSolidBars call found, as (x, y, width, height) in dots at 4k .. 4k + 3:
 * what TSPL's `BAR x,y,width,height` draws. One array serves every rectangle of every label (a
 * label's QR Code alone is hundreds of bars), grown when a rectangle needs more.
 */
let bars = new Int32Array(4 * 512);

/** Writes the first `count` bars findSolidBars found as `BAR x,y,w,h` lines. */
export function writeFoundBars(w: TsplWriter, count: number): void {
  for (let k = 0; k < 4 * count; k += 4) {
    w.text('BAR ').int(bars[k]!).char(0x2c).int(bars[k + 1]!).char(0x2c).int(bars[k + 2]!).char(0x2c).int(bars[k + 3]!).crlf();
  }
}

/**
 * The ink of one rectangle as solid bars: each horizontal run of ink dots, merged down while the
 * rows below repeat it exactly. A 1D barcode becomes one bar per bar; a QR code one bar per run of
 * dark modules per module row; text becomes many tiny bars, which is why the caller gives a byte
 * budget and gets undefined once the bars would cost more than the bitmap. `repeats` (from
 * findRepeatedRows) spares comparing rows already known to repeat. Returns how many bars it found;
 * writeFoundBars writes them.
 */
export function findSolidBars(bmp: Bitmap1, rect: InkRect, budgetBytes: number, repeats?: Uint8Array): number | undefined {
  if (!looksLikeBars(bmp, rect, repeats)) return undefined;
  const found: FoundBars = { count: 0, spent: 0, budgetBytes };
  const x1 = Math.min(bmp.width, (rect.xBytes + rect.widthBytes) * 8);
  // Runs open from an earlier row, sorted by x: (x, width, top row) at 3k, 3k + 1, 3k + 2; and the
  // current row's runs (x, width) at 2k, 2k + 1. A row holds at most one run per two dots.
  const most = rect.widthBytes * 4 + 1;
  if (scratch.row.length < 2 * most) scratch = { open: new Int32Array(3 * most), next: new Int32Array(3 * most), row: new Int32Array(2 * most) };
  let { open, next } = scratch;
  const { row } = scratch;
  let openCount = 0;
  const bottom = rect.y + rect.height;
  for (let y = rect.y; y <= bottom; y++) {
    // A row equal to the one above has the same runs: every open bar goes on, none closes.
    if (y > rect.y && y < bottom && isSameRow(bmp, y, rect, repeats)) continue;
    const runs = y < bottom ? findRowRuns(bmp, y, rect.xBytes, x1, row) : 0;
    // Both lists are sorted by x: a run that goes on keeps its top, the others close or open.
    let nextCount = 0;
    let k = 0;
    for (let r = 0; r < runs; r++) {
      const x = row[2 * r]!;
      const width = row[2 * r + 1]!;
      while (k < openCount && open[3 * k]! < x) if (!closeBar(found, open, k++, y)) return undefined;
      let top = y;
      if (k < openCount && open[3 * k] === x) {
        if (open[3 * k + 1] === width) top = open[3 * k + 2]!;
        else if (!closeBar(found, open, k, y)) return undefined;
        k++;
      }
      next[3 * nextCount] = x;
      next[3 * nextCount + 1] = width;
      next[3 * nextCount + 2] = top;
      nextCount++;
    }
    while (k < openCount) if (!closeBar(found, open, k++, y)) return undefined;
    [open, next] = [next, open];
    openCount = nextCount;
  }
  return found.count;
}

/** Run lists reused from one call to the next (grown when a wider rectangle needs more): a label has dozens of rectangles. */
let scratch = { open: new Int32Array(0), next: new Int32Array(0), row: new Int32Array(0) };

/** How many bars are found so far (in `bars`) and what their lines cost. */
interface FoundBars {
  count: number;
  spent: number;
  readonly budgetBytes: number;
}

/** Ends open run k at row y as a bar; false once the bars cost the budget or more. */
function closeBar(found: FoundBars, open: Int32Array, k: number, y: number): boolean {
  const x = open[3 * k]!;
  const top = open[3 * k + 2]!;
  const width = open[3 * k + 1]!;
  const at = 4 * found.count++;
  if (at + 4 > bars.length) {
    const grown = new Int32Array(2 * bars.length);
    grown.set(bars);
    bars = grown;
  }
  bars[at] = x;
  bars[at + 1] = top;
  bars[at + 2] = width;
  bars[at + 3] = y - top;
  // The `BAR x,y,w,h` line with its CRLF: the keyword, its space, three commas, CR LF and the digits.
  found.spent += 9 + countDigits(x) + countDigits(top) + countDigits(width) + countDigits(y - top);
  return found.spent < found.budgetBytes;
}

/** Decimal digits of a whole number >= 0. */
export function countDigits(n: number): number {
  let digits = 1;
  for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++;
  return digits;
}

/**
 * A cheap first look: bars repeat rows exactly, so a rectangle whose rows change on more than a
 * third of the lines (text, photos) cannot come out cheaper as bars, and is not searched.
 */
function looksLikeBars(bmp: Bitmap1, rect: InkRect, repeats: Uint8Array | undefined): boolean {
  let changes = 0;
  const limit = rect.height / 3;
  for (let y = rect.y + 1; y < rect.y + rect.height; y++) {
    if (!isSameRow(bmp, y, rect, repeats) && ++changes > limit) return false;
  }
  return true;
}

/** True when row y repeats row y - 1 across the rectangle's bytes (at once when the whole row does). */
function isSameRow(bmp: Bitmap1, y: number, rect: InkRect, repeats: Uint8Array | undefined): boolean {
  if (repeats?.[y] === 1) return true;
  const a = (y - 1) * bmp.stride + rect.xBytes;
  const b = y * bmp.stride + rect.xBytes;
  for (let i = 0; i < rect.widthBytes; i++) if (bmp.data[a + i] !== bmp.data[b + i]) return false;
  return true;
}

/**
 * Runs of ink dots in row y from byte `xBytes` up to dot x1, as (x, width) pairs into `out`;
 * returns how many. Blank and full bytes are taken whole.
 */
function findRowRuns(bmp: Bitmap1, y: number, xBytes: number, x1: number, out: Int32Array): number {
  const row = y * bmp.stride;
  let count = 0;
  let start = -1;
  const endByte = (x1 + 7) >> 3;
  const lastMask = (0xff00 >> (((x1 - 1) & 7) + 1)) & 0xff; // the dots of the last byte before x1
  for (let b = xBytes; b < endByte; b++) {
    const v = b === endByte - 1 ? bmp.data[row + b]! & lastMask : bmp.data[row + b]!;
    if (v === 0 || v === 0xff) {
      if (v === 0 && start >= 0) {
        out[2 * count] = start;
        out[2 * count++ + 1] = 8 * b - start;
        start = -1;
      } else if (v === 0xff && start < 0) start = 8 * b;
      continue;
    }
    for (let bit = 0; bit < 8; bit++) {
      const ink = (v & (0x80 >> bit)) !== 0;
      if (ink && start < 0) start = 8 * b + bit;
      else if (!ink && start >= 0) {
        out[2 * count] = start;
        out[2 * count++ + 1] = 8 * b + bit - start;
        start = -1;
      }
    }
  }
  if (start >= 0) {
    const end = Math.min(x1, 8 * endByte);
    if (end > start) {
      out[2 * count] = start;
      out[2 * count++ + 1] = end - start;
    }
  }
  return count;
}
