// CPCL driver (Zebra mobile printers and many 2-4 in clones). One label is one session, CRLF lines:
//   ! 0 203 203 1218 1     session: horizontal offset, dpi across, dpi down, label height, quantity
//   PAGE-WIDTH 832         print width = the head, dots
//   CONTRAST 2             0..3, only when a density is set          [belief: CPCL manual, not checked]
//   SPEED 4                0..5, only when a speed is set            [belief: CPCL manual, not checked]
//   CG 30 120 16 40 <bin>  COMPRESSED-GRAPHICS widthBytes heightDots x y, then widthBytes*height
//                          binary bytes (1 = black, MSB = left), then CRLF; one per ink band
//   FORM                   feed to the top of the next label (gap or mark media only)
//   PRINT                  print and end the session
// `EG` (the same with hex data) is available as an option. rotate180 and mirror are done on the
// bitmap, since CPCL has no page-wide switch for them; the finish setting is ignored.
import { createBitmap, rotateBitmap, type Bitmap1 } from '@inkless/label';
import type { JobOptions, PrinterDriver } from '../../job-options';
import { encodeHex } from '../shared/encode-hex';
import { concatBytes } from '@inkless/label/output';
import { asciiBytes, copyBandBytes, findInkRects, placeOnHead, readShiftDots, wholeBand, type InkBand } from '../shared/head-bands';

const CRLF = '\r\n';
const CPCL = {
  session: '!',
  pageWidth: 'PAGE-WIDTH',
  contrast: 'CONTRAST',
  speed: 'SPEED',
  binaryGraphics: 'CG',
  hexGraphics: 'EG',
  form: 'FORM',
  print: 'PRINT',
} as const;

/** The session header's quantity is at most 1024; more copies repeat the session. */
const MAX_SESSION_QUANTITY = 1024;
/** CONTRAST 0..3 from density 0..15. */
const DENSITY_PER_CONTRAST = 4;
const SPEED_LEVELS = { min: 0, max: 5 } as const;
/**
 * When to cut the label into separate graphics: a blank row inside a band costs widthBytes, a
 * blank byte column its height, and a new `CG` header about 20 bytes, so short gaps are worth it.
 */
const CPCL_BAND_GAPS = { minGapRows: 4, minGapBytes: 2, headerBytes: 20 } as const;

export type CpclGraphicEncoding = 'binary' | 'hex';

export interface CpclDriverOptions {
  /** CG (binary, half the size) or EG (hex, for links that are not 8-bit clean). */
  readonly graphics?: CpclGraphicEncoding;
}

/** Mirrors left-right: the bitmap as seen from the back of the label. */
function mirrorBitmap(src: Bitmap1): Bitmap1 {
  const out = createBitmap(src.width, src.height);
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) {
      if (src.data[y * src.stride + (x >> 3)]! & (0x80 >> (x & 7))) {
        const nx = src.width - 1 - x;
        out.data[y * out.stride + (nx >> 3)]! |= 0x80 >> (nx & 7);
      }
    }
  }
  return out;
}

/** One graphic line: header text, payload, CRLF. */
function encodeGraphic(bitmap: Bitmap1, band: InkBand, x: number, y: number, encoding: CpclGraphicEncoding): Uint8Array {
  const bytes = copyBandBytes(bitmap, band);
  const command = encoding === 'binary' ? CPCL.binaryGraphics : CPCL.hexGraphics;
  const header = asciiBytes(`${command} ${band.widthBytes} ${band.height} ${x + band.byteX * 8} ${y + band.y} `);
  const payload = encoding === 'binary' ? bytes : asciiBytes(encodeHex(bytes));
  return concatBytes([header, payload, asciiBytes(CRLF)]);
}

/** The setup lines after the session header. */
function formatSetup(options: JobOptions): string {
  let text = `${CPCL.pageWidth} ${options.headWidthDots}${CRLF}`;
  if (options.density !== undefined) text += `${CPCL.contrast} ${Math.min(3, Math.max(0, Math.floor(options.density / DENSITY_PER_CONTRAST)))}${CRLF}`;
  if (options.speedIps !== undefined) {
    text += `${CPCL.speed} ${Math.min(SPEED_LEVELS.max, Math.max(SPEED_LEVELS.min, Math.round(options.speedIps)))}${CRLF}`;
  }
  return text;
}

/** One label as CPCL bytes (see the wire format at the top of this file). */
export function encodeCpclLabel(bitmap: Bitmap1, options: JobOptions, encoding: CpclGraphicEncoding = 'binary'): Uint8Array {
  let oriented = options.rotate180 ? rotateBitmap(bitmap, 180) : bitmap;
  if (options.mirror) oriented = mirrorBitmap(oriented);
  const shift = readShiftDots(options);
  const placed = placeOnHead(oriented, options.headWidthDots, shift.x, shift.y);
  const bands = options.raw ? [wholeBand(placed.bitmap)] : findInkRects(placed.bitmap, CPCL_BAND_GAPS);
  const graphics = bands.map((band) => encodeGraphic(placed.bitmap, band, placed.x, placed.y, options.raw ? 'binary' : encoding));
  const finish = asciiBytes(`${options.media.type === 'continuous' ? '' : CPCL.form + CRLF}${CPCL.print}${CRLF}`);
  const sessions: Uint8Array[] = [];
  for (let left = Math.max(1, Math.floor(options.copies)); left > 0; left -= MAX_SESSION_QUANTITY) {
    const quantity = Math.min(left, MAX_SESSION_QUANTITY);
    const header = `${CPCL.session} 0 ${options.dpi} ${options.dpi} ${bitmap.height} ${quantity}${CRLF}${formatSetup(options)}`;
    sessions.push(asciiBytes(header), ...graphics, finish);
  }
  return concatBytes(sessions);
}

/** A CPCL driver writing CG (binary) or EG (hex) graphics; the registry's `cpclDriver` uses CG. */
export function createCpclDriver(driverOptions: CpclDriverOptions = {}): PrinterDriver {
  const encoding = driverOptions.graphics ?? 'binary';
  return {
    language: 'cpcl',
    startJob: () => new Uint8Array(0),
    encodeLabel: (bitmap, options) => encodeCpclLabel(bitmap, options, encoding),
    endJob: () => new Uint8Array(0),
  };
}

/**
 * CPCL: one session per label with cropped `CG` ink bands.
 *
 * @example
 * const bytes = cpclDriver.encodeLabel(bitmap, { ...options, headWidthDots: 832 });
 */
export const cpclDriver: PrinterDriver = createCpclDriver();
