// ZPL II driver (Zebra and "ZPL emulation" clones): the label goes as ^GFA graphic fields.
// One label on the wire (one command per line; printers ignore the line breaks):
//   ^XA                 start of the label format
//   ^PW832              print width = the head, in dots
//   ^LL1218             label length, dots
//   ^MNY                media tracking: Y gap (web), M black mark, N continuous
//   ^PON / ^POI         print orientation: normal / inverted (rotate180)
//   ^PMN / ^PMY         mirror image off / on
//   ^LH0,0              label home: the (positive part of the) calibration shift
//   ^MMT                after the label: T tear, P peel, C cut (only when asked)
//   ^PR4                print rate in inches per second (only when asked)
//   ^FO10,24^GFA,total,total,bytesPerRow,<data>^FS   one per ink band (or one for the whole label)
//   ^PQ1                copies
//   ^XZ                 end of the format: print
// <data> is Z64 (`:Z64:<base64 zlib>:<crc16>`) by default, ACS or plain hex on request, and plain
// hex of the whole label with `raw`. Job start: `~SD##` absolute darkness 00..30 when density is set.
import type { Bitmap1 } from '@inkless/label';
import type { JobOptions, PrinterDriver } from '../../job-options';
import { encodeAcs } from './zpl-acs';
import { encodeHex } from '../shared/encode-hex';
import { parseZplHostStatus, ZPL_HOST_STATUS_REQUEST } from './zpl-host-status';
import { asciiBytes, copyBandBytes, findInkRects, placeOnHead, readShiftDots, wholeBand, type InkBand } from '../shared/head-bands';
import { encodeZ64 } from './zpl-z64';

/** Command mnemonics, so the logic below reads as words. */
const ZPL = {
  startFormat: '^XA',
  endFormat: '^XZ',
  printWidth: '^PW',
  labelLength: '^LL',
  mediaTracking: '^MN',
  orientation: '^PO',
  mirror: '^PM',
  labelHome: '^LH',
  printMode: '^MM',
  printRate: '^PR',
  fieldOrigin: '^FO',
  graphicFieldAscii: '^GFA',
  fieldSeparator: '^FS',
  quantity: '^PQ',
  darkness: '~SD',
} as const;

const MEDIA_TRACKING = { gap: 'Y', mark: 'M', continuous: 'N' } as const;
const PRINT_MODE = { tear: 'T', peel: 'P', cut: 'C' } as const;
/** ^PR accepts 1..14 ips (the printer clamps to what it can do). */
const PRINT_RATE_IPS = { min: 1, max: 14 } as const;
/** ~SD is 00..30; Inkless density is 0..15. */
const DARKNESS_PER_DENSITY = 2;
/**
 * When to cut the label into separate graphics. A new ^FO^GFA costs ~50 bytes while Z64 makes blank
 * bytes almost free, so only long gaps are worth a cut: headerBytes counts blank bytes, which cost
 * far less than a byte each once deflated (these values were the smallest on the examples).
 */
const ZPL_BAND_GAPS = { minGapRows: 24, minGapBytes: 8, headerBytes: 1000 } as const;
/** ^PQ's largest quantity. */
const MAX_QUANTITY = 99_999_999;

/** How `^GFA` graphic data is written. */
export type ZplGraphicEncoding = 'z64' | 'acs' | 'hex';

export interface ZplDriverOptions {
  /** Z64 is the smallest and carries a CRC; ACS and hex are readable (tests, logs). */
  readonly graphics?: ZplGraphicEncoding;
}

/** One graphic field: `^FOx,y^GFA,total,total,bytesPerRow,data^FS`. */
function formatGraphicField(bitmap: Bitmap1, band: InkBand, x: number, y: number, encoding: ZplGraphicEncoding): string {
  const bytes = copyBandBytes(bitmap, band);
  const data = encoding === 'z64' ? encodeZ64(bytes) : encoding === 'acs' ? encodeAcs(bytes, band.widthBytes) : encodeHex(bytes);
  const origin = `${ZPL.fieldOrigin}${x + band.byteX * 8},${y + band.y}`;
  return `${origin}${ZPL.graphicFieldAscii},${bytes.length},${bytes.length},${band.widthBytes},${data}${ZPL.fieldSeparator}`;
}

/** The per-label setup lines, in the order of the wire format above. */
function formatSetup(options: JobOptions, labelLength: number, home: { x: number; y: number }): string[] {
  const lines = [
    `${ZPL.printWidth}${options.headWidthDots}`,
    `${ZPL.labelLength}${labelLength}`,
    `${ZPL.mediaTracking}${MEDIA_TRACKING[options.media.type]}`,
    `${ZPL.orientation}${options.rotate180 ? 'I' : 'N'}`,
    `${ZPL.mirror}${options.mirror ? 'Y' : 'N'}`,
    `${ZPL.labelHome}${home.x},${home.y}`,
  ];
  if (options.finish && options.finish !== 'none') lines.push(`${ZPL.printMode}${PRINT_MODE[options.finish]}`);
  if (options.speedIps !== undefined) {
    lines.push(`${ZPL.printRate}${Math.min(PRINT_RATE_IPS.max, Math.max(PRINT_RATE_IPS.min, Math.round(options.speedIps)))}`);
  }
  return lines;
}

/** One label as ZPL text (see the wire format at the top of this file). */
export function encodeZplLabel(bitmap: Bitmap1, options: JobOptions, encoding: ZplGraphicEncoding = 'z64'): string {
  const shift = readShiftDots(options);
  // ^LH takes only positive offsets: the negative part of a shift moves (and clips) the bitmap.
  const home = { x: Math.max(0, shift.x), y: Math.max(0, shift.y) };
  const placed = placeOnHead(bitmap, options.headWidthDots, Math.min(0, shift.x), Math.min(0, shift.y));
  const bands = options.raw ? [wholeBand(placed.bitmap)] : findInkRects(placed.bitmap, ZPL_BAND_GAPS);
  const fields = bands.map((band) => formatGraphicField(placed.bitmap, band, placed.x, placed.y, options.raw ? 'hex' : encoding));
  const copies = Math.min(MAX_QUANTITY, Math.max(1, Math.floor(options.copies)));
  const lines = [ZPL.startFormat, ...formatSetup(options, bitmap.height, home), ...fields, `${ZPL.quantity}${copies}`, ZPL.endFormat];
  return `${lines.join('\n')}\n`;
}

/** A ZPL driver writing graphics in the given encoding (the registry's `zplDriver` uses Z64). */
export function createZplDriver(driverOptions: ZplDriverOptions = {}): PrinterDriver {
  const encoding = driverOptions.graphics ?? 'z64';
  return {
    language: 'zpl',
    startJob: (options) => {
      if (options.density === undefined) return new Uint8Array(0);
      const darkness = Math.min(30, Math.max(0, Math.round(options.density * DARKNESS_PER_DENSITY)));
      return asciiBytes(`${ZPL.darkness}${String(darkness).padStart(2, '0')}\n`);
    },
    encodeLabel: (bitmap, options) => asciiBytes(encodeZplLabel(bitmap, options, encoding)),
    endJob: () => new Uint8Array(0),
    status: { request: ZPL_HOST_STATUS_REQUEST, parse: parseZplHostStatus },
  };
}

/**
 * ZPL II: cropped ink bands as Z64 ^GFA fields, ~HS status.
 *
 * @example
 * const bytes = zplDriver.encodeLabel(bitmap, { ...options, headWidthDots: 832 });
 */
export const zplDriver: PrinterDriver = createZplDriver();
