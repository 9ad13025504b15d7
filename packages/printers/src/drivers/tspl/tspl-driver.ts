import { InklessError, mmToDots, type Bitmap1 } from '@inkless/label';
import type { JobOptions, PrinterDriver } from '../../job-options';
import { cutInkRects, type InkRect } from '../shared/ink-bands';
import { findRepeatedRows } from '../shared/row-repeats';
import { countDigits, findSolidBars, writeFoundBars } from './tspl-bars';
import { parseTsplStatus, TSPL_STATUS_QUERY } from './tspl-status';
import { formatTsplNumber as num, TsplWriter } from './tspl-wire';

/** BITMAP mode 0 = OVERWRITE (1 = OR, 2 = XOR): our rectangles never overlap, and overwrite is exact. */
const BITMAP_MODE_OVERWRITE = 0;
/** Bytes of a `BITMAP x,y,w,h,0,` header plus its CRLF, roughly: the price of one more rectangle. */
const BITMAP_HEADER_BYTES = 26;
/** Between command arguments. */
const COMMA = 0x2c;
/** Rows per BITMAP at most: small commands suit printers with small receive buffers. */
const MAX_BITMAP_ROWS = 256;

/**
 * Job setup. Wire format, one CRLF-terminated line each:
 *   [BLINE m mm,o mm]            black-mark media (sent before SIZE, which switches the sensor)
 *   SIZE w mm,h mm               label width, length
 *   GAP g mm,o mm | GAP 0,0      gap media (gap, offset) | continuous media
 *   DIRECTION d,m                d = 1 prints rotated 180 degrees, m = 1 mirrors
 *   REFERENCE x,y                origin shift in dots (calibration, non-negative parts)
 *   [SHIFT [x,]y]                negative calibration shift in dots (REFERENCE cannot go negative)
 *   [DENSITY n] [SPEED n]        only when set: otherwise the printer's own setting stays
 *   [SET TEAR|PEEL|CUTTER ...]   only when `finish` is given: SET is persistent (NVRAM), so a job
 *                                that does not ask for a finish leaves the user's setting alone,
 *                                and a job that does sets all three so none lingers from before.
 */
function encodeStartJob(options: JobOptions): Uint8Array {
  const w = new TsplWriter();
  const { media } = options;
  if (media.type === 'mark') w.line(`BLINE ${num(media.markMm)} mm,${num(media.offsetMm)} mm`);
  w.line(`SIZE ${num(options.widthMm)} mm,${num(options.heightMm)} mm`);
  if (media.type === 'gap') w.line(`GAP ${num(media.gapMm)} mm,${num(media.offsetMm)} mm`);
  if (media.type === 'continuous') w.line('GAP 0,0');
  w.line(`DIRECTION ${options.rotate180 ? 1 : 0},${options.mirror ? 1 : 0}`);
  const shiftX = mmToDots(options.shiftXMm ?? 0, options.dpi);
  const shiftY = mmToDots(options.shiftYMm ?? 0, options.dpi);
  w.line(`REFERENCE ${Math.max(0, shiftX)},${Math.max(0, shiftY)}`);
  if (shiftX < 0) w.line(`SHIFT ${shiftX},${Math.min(0, shiftY)}`);
  else if (shiftY < 0) w.line(`SHIFT ${shiftY}`);
  if (options.density !== undefined) w.line(`DENSITY ${Math.min(15, Math.max(0, Math.round(options.density)))}`);
  if (options.speedIps !== undefined) w.line(`SPEED ${num(options.speedIps)}`);
  if (options.finish !== undefined) {
    w.line(`SET TEAR ${options.finish === 'tear' ? 'ON' : 'OFF'}`);
    w.line(`SET PEEL ${options.finish === 'peel' ? 'ON' : 'OFF'}`);
    w.line(`SET CUTTER ${options.finish === 'cut' ? '1' : 'OFF'}`);
  }
  return w.toBytes();
}

/**
 * One label. Wire format:
 *   CLS                                      clear the image buffer
 *   BITMAP x,y,widthBytes,height,0,<data>    per ink rectangle; data = widthBytes*height raw bytes,
 *                                            rows top first, MSB = leftmost dot, 0 = BURN, 1 = blank
 *                                            (reversed from Bitmap1), padding bits 1; then CRLF
 *   PRINT 1,copies                           one set of `copies` identical labels
 *   BAR x,y,width,height                     instead of a BITMAP, when the rectangle's ink is solid
 *                                            runs that repeat down the rows (barcode bars, QR
 *                                            module runs, rules) and the BARs cost fewer bytes
 * Rectangles never overlap, so the order of BITMAPs and BARs does not matter.
 * x and y are dots from the label's top-left corner as the printer knows it from SIZE (TSC firmware
 * places the SIZE-wide label on the head; LPrint and kubesail also draw at 0,0), so the bitmap is
 * left-aligned to the label. x is always a multiple of 8.
 */
function encodeLabel(bitmap: Bitmap1, options: JobOptions): Uint8Array {
  if (bitmap.width > options.headWidthDots) {
    throw new InklessError('INKLESS_PRINTER_TOO_WIDE', `the label is ${bitmap.width} dots wide but the print head has ${options.headWidthDots}: pick a wider printer or a narrower label`);
  }
  const repeats = options.raw ? undefined : findRepeatedRows(bitmap);
  const rects: InkRect[] = repeats
    ? cutInkRects(bitmap, { overheadBytes: BITMAP_HEADER_BYTES, maxRows: MAX_BITMAP_ROWS }, repeats)
    : [{ xBytes: 0, y: 0, widthBytes: bitmap.stride, height: bitmap.height }];
  const w = new TsplWriter().line('CLS');
  for (const r of rects) {
    if (r.height === 0 || r.widthBytes === 0) continue;
    const bars = repeats && findSolidBars(bitmap, r, measureBitmapHeader(r) + r.widthBytes * r.height + 2, repeats);
    if (bars !== undefined) {
      writeFoundBars(w, bars);
      continue;
    }
    w.text('BITMAP ').int(r.xBytes * 8).char(COMMA).int(r.y).char(COMMA).int(r.widthBytes).char(COMMA).int(r.height).char(COMMA).int(BITMAP_MODE_OVERWRITE).char(COMMA);
    writeReversed(bitmap, r, w.reserve(r.widthBytes * r.height));
    w.crlf();
  }
  w.line(`PRINT 1,${Math.max(1, Math.floor(options.copies))}`);
  return w.toBytes();
}

/** Bytes of the `BITMAP x,y,w,h,0,` header: the keyword and its space (7), the mode digit and five commas (6), the numbers. */
function measureBitmapHeader(r: InkRect): number {
  return 13 + countDigits(r.xBytes * 8) + countDigits(r.y) + countDigits(r.widthBytes) + countDigits(r.height);
}

/** The rectangle's bytes with TSPL polarity into `out`: every bit flipped (Bitmap1 padding 0 becomes blank 1). */
function writeReversed(bitmap: Bitmap1, r: InkRect, out: Uint8Array): void {
  for (let y = 0; y < r.height; y++) {
    const src = (r.y + y) * bitmap.stride + r.xBytes;
    const dst = y * r.widthBytes;
    for (let b = 0; b < r.widthBytes; b++) out[dst + b] = ~bitmap.data[src + b]! & 0xff;
  }
}

/**
 * TSC's TSPL/TSPL2 (and the clones: Xprinter, Munbyn, Rollo, iDPRT...): the label as cropped
 * reversed-polarity BITMAPs, or with `raw` the whole label in one BITMAP.
 *
 * @example
 * const bytes = [tsplDriver.startJob(job), tsplDriver.encodeLabel(bitmap, job), tsplDriver.endJob(job)];
 */
export const tsplDriver: PrinterDriver = {
  language: 'tspl',
  startJob: encodeStartJob,
  encodeLabel,
  endJob: () => new Uint8Array(0),
  status: { request: TSPL_STATUS_QUERY, replyBytes: 1, parse: parseTsplStatus },
};
