// Where a label lands on the print head, and which parts of it carry ink: the ZPL and CPCL
// drivers send only those parts ("bands"), each as its own graphic at its own offset.
import { blit, createBitmap, InklessError, mmToDots, type Bitmap1 } from '@inkless/label';
import type { JobOptions } from '../job-options';

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

/** Runs of inked bytes in row y, joining runs less than `minGapBytes` apart. */
function findRowSegments(bitmap: Bitmap1, y: number, minGapBytes: number): [number, number][] {
  const segments: [number, number][] = [];
  const row = y * bitmap.stride;
  for (let b = 0; b < bitmap.stride; b++) {
    if (bitmap.data[row + b] === 0) continue;
    const last = segments[segments.length - 1];
    if (last && b - last[1] < minGapBytes) last[1] = b + 1;
    else segments.push([b, b + 1]);
  }
  return segments;
}

/**
 * The inked parts of the bitmap as rectangles, row by row: each row's inked runs extend the open
 * rectangle(s) they touch when that adds fewer blank bytes than `headerBytes` per rectangle
 * saved, and start a new rectangle otherwise; a rectangle a row fills less than half of ends. Unlike a plain cut, this takes a framed label apart
 * (the frame's sides, its rules and the content each get their own rectangles).
 */
export function findInkRects(bitmap: Bitmap1, gaps: BandGaps & { readonly headerBytes: number }): InkBand[] {
  const out: InkBand[] = [];
  let open: OpenRect[] = [];
  const close = (r: OpenRect): void => {
    out.push({ byteX: r.x0, widthBytes: r.x1 - r.x0, y: r.y0, height: r.lastInk - r.y0 + 1 });
  };
  for (let y = 0; y <= bitmap.height; y++) {
    const idle = open.filter((r) => y === bitmap.height || y - r.lastInk >= gaps.minGapRows);
    idle.forEach(close);
    open = open.filter((r) => !idle.includes(r));
    if (y === bitmap.height) break;
    const segments = findRowSegments(bitmap, y, gaps.minGapBytes);
    // A rectangle this row fills less than half of (a frame's top edge above its sides) ends
    // here when the row wastes more than a header: every further row would waste it again.
    const sparse = open.filter((r) => {
      let covered = 0;
      for (const [s0, s1] of segments) covered += Math.max(0, Math.min(s1, r.x1) - Math.max(s0, r.x0));
      return covered > 0 && covered * 2 < r.x1 - r.x0 && r.x1 - r.x0 - covered > gaps.headerBytes;
    });
    sparse.forEach(close);
    open = open.filter((r) => !sparse.includes(r));
    for (const [s0, s1] of segments) {
      const hits = open.filter((r) => r.x0 < s1 && s0 < r.x1);
      if (hits.length > 0) {
        const x0 = Math.min(s0, ...hits.map((r) => r.x0));
        const x1 = Math.max(s1, ...hits.map((r) => r.x1));
        const y0 = Math.min(...hits.map((r) => r.y0));
        let area = (x1 - x0) * (y - y0 + 1) - (s1 - s0);
        for (const r of hits) area -= (r.x1 - r.x0) * (r.lastInk - r.y0 + 1);
        if (area <= hits.length * gaps.headerBytes) {
          open = open.filter((r) => !hits.includes(r));
          open.push({ x0, x1, y0, lastInk: y });
          continue;
        }
        hits.forEach(close);
        open = open.filter((r) => !hits.includes(r));
      }
      open.push({ x0: s0, x1: s1, y0: y, lastInk: y });
    }
  }
  return out;
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

