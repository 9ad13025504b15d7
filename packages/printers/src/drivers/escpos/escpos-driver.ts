import { InklessError, type Bitmap1 } from '@inkless/label';
import type { JobOptions, PrinterDriver } from '../../job-options';
import { planEscposBands, type EscposStep } from './escpos-bands';
import { ESCPOS_STATUS_QUERY, parseEscposStatus } from './escpos-status';

const ESC = 0x1b;
const GS = 0x1d;
/** `ESC @`: initialise the printer (clears the buffer and modes left by an earlier job). */
const INIT = Uint8Array.of(ESC, 0x40);
/** `ESC J n`: print the buffer and feed n dots (n <= 255). */
const FEED_DOTS = Uint8Array.of(ESC, 0x4a);
const MAX_FEED_DOTS = 255;
/** `GS v 0 m`: raster bit image; m = 0 normal, 1 double width, 2 double height, 3 both; then xL xH yL yH. */
const RASTER = Uint8Array.of(GS, 0x76, 0x30);
const RASTER_HEADER_BYTES = RASTER.length + 5;
/** `GS L nL nH`: left margin in dots (motion units; 1 dot on 203 dpi ESC/POS printers, as ESC J assumes). */
const LEFT_MARGIN = Uint8Array.of(GS, 0x4c);
/** `GS W nL nH`: print area width in dots, sent after every `GS L` (see pushMargin). */
const AREA_WIDTH = Uint8Array.of(GS, 0x57);
const MARGIN_BYTES = LEFT_MARGIN.length + AREA_WIDTH.length + 4;
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
 *   GS L nL nH  GS W wL wH                  left margin n dots (a multiple of 8) and print area
 *                                           w = head - n dots; only between bands (at a line start)
 *   GS v 0 m xL xH yL yH d1..dk             raster band at the left margin: x = xL + 256*xH bytes
 *                                           per row, y rows, k = x*y, 1 = black, MSB = leftmost dot,
 *                                           <= 256 printed rows; m = 0 normal, 2 double height
 *                                           (each row prints twice), 1 double width (each dot
 *                                           prints twice across), 3 both
 *   GS L 0 0  GS W hL hH                    margin back to 0 and the whole head (h dots) at the end
 *   GS FF                                   gap/mark media: feed to the next label
 *   GS V 66 0                               finish 'cut': feed to the cutter and cut
 * A band starts at its leftmost ink byte and ends at its rightmost; bands are scaled only where
 * the label's own dots repeat (identical row pairs, equal dot pairs), so the printed dots are the
 * label's. A double-width band's margin may be an odd dot (a QR code whose modules start on one):
 * its data dot d prints as dots margin + 2d and + 2d + 1. Continuous media feeds the blank rows
 * down to the label's end; label media leaves that to GS FF.
 * Compatibility: GS L, GS W and GS v 0 m = 0..3 are Epson base commands that the clone manuals list
 * too; GS L counts motion units, one dot on the 203 dpi printers this targets (ESC J assumes the
 * same). A firmware that ignored them would print a narrowed band at the left or a squashed one:
 * `raw` sends every row at the full head width with m = 0 and no margin, for such printers.
 */
function encodeLabel(bitmap: Bitmap1, options: JobOptions): Uint8Array {
  if (bitmap.width > options.headWidthDots) {
    throw new InklessError('INKLESS_PRINTER_TOO_WIDE', `the label is ${bitmap.width} dots wide but the ESC/POS head has ${options.headWidthDots}: pick a narrower label (58 mm heads print 48 mm, 80 mm heads 72 mm)`);
  }
  const labelMedia = options.media.type !== 'continuous';
  const headBytes = Math.ceil(options.headWidthDots / 8);
  const steps = options.raw ? planRawBands(bitmap, headBytes) : planEscposBands(bitmap, {
    rows: labelMedia ? lastInkRow(bitmap) + 1 : bitmap.height,
    headBytes,
    maxBandRows: MAX_BAND_ROWS,
    rasterHeaderBytes: RASTER_HEADER_BYTES,
    marginBytes: MARGIN_BYTES,
    feedBytes: FEED_DOTS.length + 1,
    maxFeedDots: MAX_FEED_DOTS,
    doubleHeight: true,
    doubleWidth: true,
  });
  const out = new ByteChunks();
  let marginDots = 0;
  for (const step of steps) {
    if (step.kind === 'feed') { pushFeed(out, step.height); continue; }
    if (step.xDots !== marginDots) pushMargin(out, (marginDots = step.xDots), options.headWidthDots);
    pushRaster(out, bitmap, step);
  }
  if (marginDots !== 0) pushMargin(out, 0, options.headWidthDots);
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
  for (let y = 0; y < bitmap.height; y += MAX_BAND_ROWS) {
    steps.push({ kind: 'raster', y, height: Math.min(MAX_BAND_ROWS, bitmap.height - y), xDots: 0, dataBytes: headBytes, scaleX: 1, scaleY: 1 });
  }
  return steps;
}

function lastInkRow(bitmap: Bitmap1): number {
  for (let i = bitmap.stride * bitmap.height - 1; i >= 0; i--) if (bitmap.data[i] !== 0) return Math.floor(i / bitmap.stride);
  return -1;
}

function pushFeed(out: ByteChunks, dots: number): void {
  for (let left = dots; left > 0; left -= MAX_FEED_DOTS) {
    out.push(Uint8Array.of(...FEED_DOTS, Math.min(MAX_FEED_DOTS, left)));
  }
}

/**
 * `GS L` then `GS W`. Epson: a margin plus width past the printable area is cut to the area, and
 * some models keep the cut width after the margin returns to 0; setting the width each time (the
 * head minus the margin) leaves no model-dependent state behind.
 */
function pushMargin(out: ByteChunks, marginDots: number, headDots: number): void {
  const width = headDots - marginDots;
  out.push(Uint8Array.of(...LEFT_MARGIN, marginDots & 0xff, marginDots >> 8, ...AREA_WIDTH, width & 0xff, width >> 8));
}

/** The even dots of a byte (bits 7, 5, 3, 1) as 4 bits: one double-width data nibble. */
const EVEN_DOTS = Uint8Array.from({ length: 256 }, (_, b) => ((b >> 4) & 8) | ((b >> 3) & 4) | ((b >> 2) & 2) | ((b >> 1) & 1));

/**
 * One `GS v 0` band from the step's margin on. Unscaled bands start on a byte (the margin is a
 * multiple of 8) and copy bytes; double-width bands take every other dot from the margin on, two
 * source bytes (16 dots) per data byte. Dots beyond the bitmap's own width are blank.
 */
function pushRaster(out: ByteChunks, bitmap: Bitmap1, step: EscposStep & { kind: 'raster' }): void {
  const { y, xDots, dataBytes, scaleX, scaleY } = step;
  const dataRows = step.height / scaleY;
  const band = new Uint8Array(RASTER_HEADER_BYTES + dataBytes * dataRows);
  band.set(RASTER);
  band.set([scaleX - 1 + 2 * (scaleY - 1), dataBytes & 0xff, dataBytes >> 8, dataRows & 0xff, dataRows >> 8], RASTER.length);
  const { data, stride } = bitmap;
  const xByte = xDots >> 3;
  const shift = xDots & 7;
  const copy = Math.max(0, Math.min(dataBytes, stride - xByte));
  for (let r = 0; r < dataRows; r++) {
    const row = (y + r * scaleY) * stride;
    const dst = RASTER_HEADER_BYTES + r * dataBytes;
    if (scaleX === 1) { band.set(data.subarray(row + xByte, row + xByte + copy), dst); continue; }
    for (let i = 0; i < dataBytes; i++) {
      const at = xByte + 2 * i;
      const window = ((readByte(data, row, stride, at) << 16) | (readByte(data, row, stride, at + 1) << 8) | readByte(data, row, stride, at + 2)) << shift;
      band[dst + i] = (EVEN_DOTS[(window >> 16) & 0xff]! << 4) | EVEN_DOTS[(window >> 8) & 0xff]!;
    }
  }
  out.push(band);
}

function readByte(data: Uint8Array, row: number, stride: number, i: number): number {
  return i < stride ? data[row + i]! : 0;
}

/**
 * ESC/POS receipt and label printers (58 mm / 384-dot and 80 mm / 576-dot heads): the label as
 * `GS v 0` raster bands (cropped to their ink by a left margin, doubled where the dots repeat)
 * with blank stretches fed by `ESC J`.
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
