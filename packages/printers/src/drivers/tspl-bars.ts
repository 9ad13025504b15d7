import type { Bitmap1 } from '@inkless/label';
import type { InkRect } from './ink-bands';

/** A solid black rectangle in dots: what TSPL's `BAR x,y,width,height` draws. */
export interface SolidBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The `BAR x,y,w,h` line, without its CRLF. */
export function formatBar(bar: SolidBar): string {
  return `BAR ${bar.x},${bar.y},${bar.width},${bar.height}`;
}

/**
 * The ink of one rectangle as solid bars: each horizontal run of ink dots, merged down while the
 * rows below repeat it exactly. A 1D barcode becomes one bar per bar; a QR code one bar per run of
 * dark modules per module row; text becomes many tiny bars, which is why the caller gives a byte
 * budget and gets undefined once the bars would cost more than the bitmap.
 */
export function findSolidBars(bmp: Bitmap1, rect: InkRect, budgetBytes: number): SolidBar[] | undefined {
  if (!looksLikeBars(bmp, rect)) return undefined;
  const bars: SolidBar[] = [];
  let spent = 0;
  const x0 = rect.xBytes * 8;
  const x1 = Math.min(bmp.width, (rect.xBytes + rect.widthBytes) * 8);
  /** Runs open from an earlier row: key x * 65536 + width -> top row. */
  let open = new Map<number, number>();
  const close = (key: number, top: number, bottom: number): boolean => {
    const bar = { x: Math.floor(key / 65536), y: top, width: key % 65536, height: bottom - top };
    spent += formatBar(bar).length + 2;
    bars.push(bar);
    return spent < budgetBytes;
  };
  for (let y = rect.y; y <= rect.y + rect.height; y++) {
    // A row equal to the one above has the same runs: every open bar goes on, none closes.
    if (y > rect.y && y < rect.y + rect.height && isSameRow(bmp, y, rect)) continue;
    const next = new Map<number, number>();
    if (y < rect.y + rect.height) {
      for (const [x, width] of rowRuns(bmp, y, x0, x1)) {
        const key = x * 65536 + width;
        next.set(key, open.get(key) ?? y);
      }
    }
    for (const [key, top] of open) if (!next.has(key) && !close(key, top, y)) return undefined;
    open = next;
  }
  return bars;
}

/**
 * A cheap first look: bars repeat rows exactly, so a rectangle whose rows change on more than a
 * third of the lines (text, photos) cannot come out cheaper as bars, and is not searched.
 */
function looksLikeBars(bmp: Bitmap1, rect: InkRect): boolean {
  let changes = 0;
  const limit = rect.height / 3;
  for (let y = rect.y + 1; y < rect.y + rect.height; y++) {
    const a = (y - 1) * bmp.stride + rect.xBytes;
    const b = y * bmp.stride + rect.xBytes;
    for (let i = 0; i < rect.widthBytes; i++) {
      if (bmp.data[a + i] !== bmp.data[b + i]) {
        if (++changes > limit) return false;
        break;
      }
    }
  }
  return true;
}

/** True when row y repeats row y - 1 across the rectangle's bytes. */
function isSameRow(bmp: Bitmap1, y: number, rect: InkRect): boolean {
  const a = (y - 1) * bmp.stride + rect.xBytes;
  const b = y * bmp.stride + rect.xBytes;
  for (let i = 0; i < rect.widthBytes; i++) if (bmp.data[a + i] !== bmp.data[b + i]) return false;
  return true;
}

/** Runs of ink dots in row y between x0 and x1, as [x, width] pairs. */
function rowRuns(bmp: Bitmap1, y: number, x0: number, x1: number): [number, number][] {
  const runs: [number, number][] = [];
  const row = y * bmp.stride;
  let start = -1;
  for (let x = x0; x <= x1; x++) {
    if (start < 0 && x < x1 && (x & 7) === 0 && bmp.data[row + (x >> 3)] === 0) { x += 7; continue; }
    const ink = x < x1 && (bmp.data[row + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
    if (ink && start < 0) start = x;
    else if (!ink && start >= 0) {
      runs.push([start, x - start]);
      start = -1;
    }
  }
  return runs;
}
