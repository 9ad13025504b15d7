// Where a label lands on the print head, and which parts of it carry ink: the ZPL and CPCL
// drivers send only those parts ("bands"), each as its own graphic at its own offset.
import { blit, createBitmap, InklessError, mmToDots, type Bitmap1 } from '@inkless/label';
import type { JobOptions } from '../../job-options';

/** A rectangle of a bitmap to send: whole bytes across (so rows copy as bytes), rows down. */
export interface InkBand {
  readonly byteX: number;
  readonly widthBytes: number;
  readonly y: number;
  readonly height: number;
}

/** A bitmap and the head position (dots) of its top-left corner. */
export interface PlacedBitmap {
  readonly bitmap: Bitmap1;
  readonly x: number;
  readonly y: number;
}

/** The calibration shift of the options in whole dots (positive = right / down). */
export function readShiftDots(options: JobOptions): { x: number; y: number } {
  return { x: mmToDots(options.shiftXMm ?? 0, options.dpi) || 0, y: mmToDots(options.shiftYMm ?? 0, options.dpi) || 0 };
}

/**
 * Centres the label on the head (desktop and mobile Zebra-style printers guide the media to the
 * centre), moves it by (dx, dy) and clips what falls off the head or the label's own length.
 */
export function placeOnHead(bitmap: Bitmap1, headWidthDots: number, dx: number, dy: number): PlacedBitmap {
  if (bitmap.width > headWidthDots) {
    throw new InklessError('INKLESS_PRINTER_TOO_WIDE', `the label is ${bitmap.width} dots wide but the head prints ${headWidthDots}; pick a narrower label or a wider printer profile`);
  }
  const x = Math.floor((headWidthDots - bitmap.width) / 2) + dx;
  const y = dy;
  if (x >= 0 && y === 0 && x + bitmap.width <= headWidthDots) return { bitmap, x, y };
  const x0 = Math.max(0, x);
  const x1 = Math.min(headWidthDots, x + bitmap.width);
  const y0 = Math.max(0, y);
  const y1 = Math.min(bitmap.height, y + bitmap.height);
  const clipped = createBitmap(Math.max(0, x1 - x0), Math.max(0, y1 - y0));
  blit(clipped, bitmap, x - x0, y - y0);
  return { bitmap: clipped, x: x0, y: y0 };
}

/** The whole bitmap as one band: the raw baseline. */
export function wholeBand(bitmap: Bitmap1): InkBand {
  return { byteX: 0, widthBytes: bitmap.stride, y: 0, height: bitmap.height };
}

/** How far apart two inked areas must be to be sent as separate graphics. */
export interface BandGaps {
  /** Blank rows that end a rectangle (shorter runs stay inside it: a new one costs a command header). */
  readonly minGapRows: number;
  /** Blank bytes (8 dots each) that split a row's ink into separate runs. */
  readonly minGapBytes: number;
}

interface OpenRect {
  x0: number;
  x1: number;
  y0: number;
  lastInk: number;
}

/** Runs of inked bytes in row y, joining runs less than `minGapBytes` apart, as [start, end) pairs into `out`; returns how many. */
function findRowSegments(bitmap: Bitmap1, y: number, minGapBytes: number, out: Int32Array): number {
  let count = 0;
  const row = y * bitmap.stride;
  for (let b = 0; b < bitmap.stride; b++) {
    if (bitmap.data[row + b] === 0) continue;
    if (count > 0 && b - out[2 * count - 1]! < minGapBytes) out[2 * count - 1] = b + 1;
    else {
      out[2 * count] = b;
      out[2 * count + 1] = b + 1;
      count++;
    }
  }
  return count;
}

/**
 * The inked parts of the bitmap as rectangles, row by row: each row's inked runs extend the open
 * rectangle(s) they touch when that adds fewer blank bytes than `headerBytes` per rectangle
 * saved, and start a new rectangle otherwise; a rectangle a row fills less than half of ends. Unlike a plain cut, this takes a framed label apart
 * (the frame's sides, its rules and the content each get their own rectangles).
 */
export function findInkRects(bitmap: Bitmap1, gaps: BandGaps & { readonly headerBytes: number }): InkBand[] {
  const out: InkBand[] = [];
  // Open rectangles, oldest first; closing keeps the order of the others (it decides the output's).
  let open: OpenRect[] = [];
  const close = (r: OpenRect): void => {
    out.push({ byteX: r.x0, widthBytes: r.x1 - r.x0, y: r.y0, height: r.lastInk - r.y0 + 1 });
  };
  const segments = new Int32Array(bitmap.stride + 2);
  const hits: OpenRect[] = [];
  for (let y = 0; y <= bitmap.height; y++) {
    open = keepOpen(open, (r) => y === bitmap.height || y - r.lastInk >= gaps.minGapRows, close);
    if (y === bitmap.height) break;
    const count = findRowSegments(bitmap, y, gaps.minGapBytes, segments);
    if (count === 0) continue;
    // A rectangle this row fills less than half of (a frame's top edge above its sides) ends
    // here when the row wastes more than a header: every further row would waste it again.
    open = keepOpen(open, (r) => {
      let covered = 0;
      for (let k = 0; k < count; k++) covered += Math.max(0, Math.min(segments[2 * k + 1]!, r.x1) - Math.max(segments[2 * k]!, r.x0));
      return covered > 0 && covered * 2 < r.x1 - r.x0 && r.x1 - r.x0 - covered > gaps.headerBytes;
    }, close);
    for (let k = 0; k < count; k++) {
      const s0 = segments[2 * k]!;
      const s1 = segments[2 * k + 1]!;
      hits.length = 0;
      for (const r of open) if (r.x0 < s1 && s0 < r.x1) hits.push(r);
      if (hits.length > 0) {
        let x0 = s0;
        let x1 = s1;
        let y0 = y;
        for (const r of hits) {
          x0 = Math.min(x0, r.x0);
          x1 = Math.max(x1, r.x1);
          y0 = Math.min(y0, r.y0);
        }
        let area = (x1 - x0) * (y - y0 + 1) - (s1 - s0);
        for (const r of hits) area -= (r.x1 - r.x0) * (r.lastInk - r.y0 + 1);
        const merge = area <= hits.length * gaps.headerBytes;
        open = keepOpen(open, (r) => hits.includes(r), merge ? undefined : close);
        if (merge) {
          open.push({ x0, x1, y0, lastInk: y });
          continue;
        }
      }
      open.push({ x0: s0, x1: s1, y0: y, lastInk: y });
    }
  }
  return out;
}

/** The rectangles of `open` that `ends` does not pick, in order; the picked ones go to `close`, in order. */
function keepOpen(open: OpenRect[], ends: (r: OpenRect) => boolean, close: ((r: OpenRect) => void) | undefined): OpenRect[] {
  let kept = 0;
  for (const r of open) {
    if (ends(r)) close?.(r);
    else open[kept++] = r;
  }
  open.length = kept;
  return open;
}

/** The band's rows, `widthBytes` each, top row first: the payload of one graphic command. */
export function copyBandBytes(bitmap: Bitmap1, band: InkBand): Uint8Array {
  const out = new Uint8Array(band.widthBytes * band.height);
  for (let r = 0; r < band.height; r++) {
    const from = (band.y + r) * bitmap.stride + band.byteX;
    out.set(bitmap.data.subarray(from, from + band.widthBytes), r * band.widthBytes);
  }
  return out;
}

/** ASCII text to bytes (command lines are 7-bit; no TextEncoder in the pure build). */
export function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

