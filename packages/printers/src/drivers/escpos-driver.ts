import { InklessError, type Bitmap1 } from '@inkless/label';
import type { JobOptions, PrinterDriver } from '../job-options';
import { planEscposBands, type EscposStep } from './escpos-bands';
import { ESCPOS_STATUS_QUERY, parseEscposStatus } from './escpos-status';

const ESC = 0x1b;
const GS = 0x1d;
/** `ESC @`: initialise the printer (clears the buffer and modes left by an earlier job). */
const INIT = Uint8Array.of(ESC, 0x40);
/** `ESC J n`: print the buffer and feed n dots (n <= 255). */
const FEED_DOTS = Uint8Array.of(ESC, 0x4a);
const MAX_FEED_DOTS = 255;
/** `GS v 0 m`: raster bit image, m = 0 (normal density, no scaling); then xL xH yL yH. */
const RASTER = Uint8Array.of(GS, 0x76, 0x30, 0x00);
const RASTER_HEADER_BYTES = RASTER.length + 4;
/** Rows per `GS v 0` band at most: many clones overflow their buffer on one large block. */
const MAX_BAND_ROWS = 256;
/** `GS FF`: label printers feed to the next label's print start (the gap or mark is sensed). */
const LABEL_FEED = Uint8Array.of(GS, 0x0c);
/** `GS V 66 0`: feed to the cutter and cut (function B, partial cut, no extra feed). */
const CUT = Uint8Array.of(GS, 0x56, 66, 0);

/** Collects chunks and joins them once. */
class ByteChunks {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.size += bytes.length;
  }
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) { out.set(c, at); at += c.length; }
    return out;
  }
}

/**
 * One label. Wire format (binary, no separators):
 *   ESC J n                                 feed n blank dot rows (repeated for more than 255)
 *   GS v 0 0 xL xH yL yH d1..dk             raster band: x = xL + 256*xH bytes per row, y rows,
 *                                           k = x*y, 1 = black, MSB = leftmost dot, <= 256 rows
 *   GS FF                                   gap/mark media: feed to the next label
 *   GS V 66 0                               finish 'cut': feed to the cutter and cut
 * Rows start at the head's left margin, so the label is left-aligned on the head and a band is
 * only narrowed on the right. Continuous media feeds the blank rows down to the label's end;
 * label media leaves that to GS FF. With `raw`, every row is sent at the full head width.
 */
function encodeLabel(bitmap: Bitmap1, options: JobOptions): Uint8Array {
  if (bitmap.width > options.headWidthDots) {
    throw new InklessError('INKLESS_PRINTER_TOO_WIDE', `the label is ${bitmap.width} dots wide but the ESC/POS head has ${options.headWidthDots}: pick a narrower label (58 mm heads print 48 mm, 80 mm heads 72 mm)`);
  }
  const labelMedia = options.media.type !== 'continuous';
  const steps = options.raw ? planRawBands(bitmap, Math.ceil(options.headWidthDots / 8)) : planEscposBands(bitmap, {
    rows: labelMedia ? lastInkRow(bitmap) + 1 : bitmap.height,
    maxBandRows: MAX_BAND_ROWS,
    rasterHeaderBytes: RASTER_HEADER_BYTES,
    feedBytes: FEED_DOTS.length + 1,
    maxFeedDots: MAX_FEED_DOTS,
  });
  const out = new ByteChunks();
  for (const step of steps) {
    if (step.kind === 'feed') pushFeed(out, step.height);
    else pushRaster(out, bitmap, step.y, step.height, step.widthBytes);
  }
  if (labelMedia) out.push(LABEL_FEED);
  if (options.finish === 'cut') out.push(CUT);
  const label = out.toBytes();
  const copies = Math.max(1, Math.floor(options.copies));
  const all = new Uint8Array(label.length * copies);
  for (let i = 0; i < copies; i++) all.set(label, i * label.length);
  return all;
}

/** The naive driver's plan: every row, full head width, in bands. */
function planRawBands(bitmap: Bitmap1, headBytes: number): EscposStep[] {
  const steps: EscposStep[] = [];
  for (let y = 0; y < bitmap.height; y += MAX_BAND_ROWS) steps.push({ kind: 'raster', y, height: Math.min(MAX_BAND_ROWS, bitmap.height - y), widthBytes: headBytes });
  return steps;
}

function lastInkRow(bitmap: Bitmap1): number {
  for (let y = bitmap.height - 1; y >= 0; y--) {
    const row = bitmap.data.subarray(y * bitmap.stride, (y + 1) * bitmap.stride);
    if (row.some((b) => b !== 0)) return y;
  }
  return -1;
}

function pushFeed(out: ByteChunks, dots: number): void {
  for (let left = dots; left > 0; left -= MAX_FEED_DOTS) {
    out.push(Uint8Array.of(...FEED_DOTS, Math.min(MAX_FEED_DOTS, left)));
  }
}

/** One `GS v 0` band; bytes beyond the bitmap's own width (head padding) are blank. */
function pushRaster(out: ByteChunks, bitmap: Bitmap1, y: number, height: number, widthBytes: number): void {
  const band = new Uint8Array(RASTER_HEADER_BYTES + widthBytes * height);
  band.set(RASTER);
  band.set([widthBytes & 0xff, widthBytes >> 8, height & 0xff, height >> 8], RASTER.length);
  const copy = Math.min(widthBytes, bitmap.stride);
  for (let r = 0; r < height; r++) {
    const src = (y + r) * bitmap.stride;
    band.set(bitmap.data.subarray(src, src + copy), RASTER_HEADER_BYTES + r * widthBytes);
  }
  out.push(band);
}

/**
 * ESC/POS receipt and label printers (58 mm / 384-dot and 80 mm / 576-dot heads): the label as
 * `GS v 0` raster bands with blank stretches fed by `ESC J`.
 *
 * @example
 * const bytes = escposDriver.encodeLabel(bitmap, { ...job, headWidthDots: 384 });
 */
export const escposDriver: PrinterDriver = {
  language: 'escpos',
  startJob: () => INIT.slice(),
  encodeLabel,
  endJob: () => new Uint8Array(0),
  status: { request: ESCPOS_STATUS_QUERY, replyBytes: 1, parse: parseEscposStatus },
};
