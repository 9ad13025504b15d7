// Reads ZPL II back into labels, from the ZPL II guide (not from the driver):
//  * a command is '^' or '~' + two letters; its parameters run to the next '^' or '~';
//    CR and LF between commands are ignored.
//  * ^XA starts a format and ^XZ prints it: ^PW print width, ^LL label length, ^LHx,y label home,
//    ^FOx,y field origin (relative to the home), ^GFA graphic field (hex, ACS, B64, Z64),
//    ^PQ quantity, ^POI inverted, ^PMY mirrored. Graphics add ink (a 0 bit does not erase).
//  * ~HS asks for the host status: the reply is three STX..ETX strings (a ready printer here).
// Anything else is skipped. Sizes over 20000 dots are refused before any allocation.
import { blit, createBitmap, InklessError, rotateBitmap, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent, JobDecoder } from '../../job-options';
import { decodeGraphicData } from './zpl-graphic-data';
import { formatReadyHostStatus } from './zpl-ready-status';

/** Largest width, length or graphic side (dots) this decoder accepts. */
export const ZPL_DECODER_MAX_DOTS = 20_000;
/** Longest command (with its parameters) kept while waiting for the rest: a 20000-dot square in hex. */
const MAX_PENDING_CHARS = 2 * (ZPL_DECODER_MAX_DOTS / 8) * ZPL_DECODER_MAX_DOTS + 1024;
/** Commands that have no parameters, so they are complete as soon as their letters arrive. */
const BARE_COMMANDS = new Set(['^XA', '^XZ', '^FS', '~HS']);

interface Graphic {
  readonly x: number;
  readonly y: number;
  readonly bitmap: Bitmap1;
}

interface Format {
  printWidth?: number;
  labelLength?: number;
  origin: { x: number; y: number };
  graphics: Graphic[];
  copies: number;
  inverted: boolean;
  mirrored: boolean;
}

function decodeError(message: string): InklessError {
  return new InklessError('INKLESS_PRINTER_DECODE', message);
}

/** A whole number parameter, or `fallback` when empty; refuses garbage and absurd sizes. */
function readInteger(text: string | undefined, fallback: number, what: string, max = ZPL_DECODER_MAX_DOTS): number {
  const t = (text ?? '').trim();
  if (t === '') return fallback;
  if (!/^-?\d+$/.test(t)) throw decodeError(`${what} must be a whole number, got "${t}"`);
  const n = Number(t);
  if (n < 0 || n > max) throw decodeError(`${what} is ${n}, outside 0..${max}`);
  return n;
}

function mirrorBitmap(src: Bitmap1): Bitmap1 {
  const out = createBitmap(src.width, src.height);
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) {
      if (src.data[y * src.stride + (x >> 3)]! & (0x80 >> (x & 7))) out.data[y * out.stride + ((src.width - 1 - x) >> 3)]! |= 0x80 >> ((src.width - 1 - x) & 7);
    }
  }
  return out;
}

class ZplDecoder implements JobDecoder {
  private text = '';
  /** Where the search for the end of the pending command resumes (avoids rescanning). */
  private scanFrom = 0;
  private format: Format | undefined;
  /** ^LH stays in force across formats, like the printer's. */
  private home = { x: 0, y: 0 };
  /** The last ^LL seen, for the ~HS reply. */
  private labelLength = 0;

  feed(chunk: Uint8Array): DecodedEvent[] {
    for (let i = 0; i < chunk.length; i += 8192) this.text += String.fromCharCode(...chunk.subarray(i, i + 8192));
    return this.drain(false);
  }

  end(): DecodedEvent[] {
    const events = this.drain(true);
    this.text = '';
    this.format = undefined;
    return events;
  }

  private drain(final: boolean): DecodedEvent[] {
    const events: DecodedEvent[] = [];
    let pos = 0;
    for (;;) {
      const start = this.findPrefix(pos);
      if (start < 0) {
        pos = this.text.length;
        break;
      }
      if (start + 3 > this.text.length && !final) {
        pos = start;
        break;
      }
      const key = this.text.slice(start, start + 3).toUpperCase();
      let end = start + 3;
      if (!BARE_COMMANDS.has(key)) {
        const next = this.findPrefix(Math.max(end, this.scanFrom));
        if (next < 0 && !final) {
          this.scanFrom = this.text.length;
          pos = start;
          if (this.text.length - start > MAX_PENDING_CHARS) throw decodeError(`a ${key} command is over ${MAX_PENDING_CHARS} characters long`);
          break;
        }
        end = next < 0 ? this.text.length : next;
      }
      this.scanFrom = 0;
      this.run(key, this.text.slice(start + 3, end).replace(/[\r\n]/g, ''), events);
      pos = end;
    }
    this.text = this.text.slice(pos);
    if (this.scanFrom) this.scanFrom -= pos;
    return events;
  }

  private findPrefix(from: number): number {
    const caret = this.text.indexOf('^', from);
    const tilde = this.text.indexOf('~', from);
    return caret < 0 ? tilde : tilde < 0 ? caret : Math.min(caret, tilde);
  }

  private run(key: string, params: string, events: DecodedEvent[]): void {
    if (key === '~HS') {
      events.push({ kind: 'reply', bytes: formatReadyHostStatus(this.labelLength) });
      return;
    }
    if (key === '^XA') {
      this.format = { origin: { ...this.home }, graphics: [], copies: 1, inverted: false, mirrored: false };
      return;
    }
    const format = this.format;
    if (!format) return;
    const args = params.split(',');
    switch (key) {
      case '^XZ':
        events.push(this.finish(format));
        this.format = undefined;
        return;
      case '^PW': format.printWidth = readInteger(args[0], 0, '^PW print width'); return;
      case '^LL':
        format.labelLength = this.labelLength = readInteger(args[0], 0, '^LL label length');
        return;
      case '^LH':
        this.home = { x: readInteger(args[0], this.home.x, '^LH x'), y: readInteger(args[1], this.home.y, '^LH y') };
        return;
      case '^FO':
        format.origin = { x: this.home.x + readInteger(args[0], 0, '^FO x'), y: this.home.y + readInteger(args[1], 0, '^FO y') };
        return;
      case '^PQ': format.copies = Math.max(1, readInteger(args[0], 1, '^PQ quantity', 99_999_999)); return;
      case '^PO': format.inverted = params.trim().toUpperCase() === 'I'; return;
      case '^PM': format.mirrored = params.trim().toUpperCase() === 'Y'; return;
      case '^GF': format.graphics.push(this.readGraphic(params, format.origin)); return;
      default:
        return;
    }
  }

  /** `^GFa,b,c,d,data`: a = A only, c = total bytes, d = bytes per row. */
  private readGraphic(params: string, origin: { x: number; y: number }): Graphic {
    const commas: number[] = [];
    for (let i = 0; i < params.length && commas.length < 4; i++) if (params[i] === ',') commas.push(i);
    if (commas.length < 4) throw decodeError('^GF needs a,b,c,d,data');
    const kind = params.slice(0, commas[0]).trim().toUpperCase();
    if (kind !== 'A') throw decodeError(`^GF${kind} is not supported; only ASCII (^GFA) graphics are decoded`);
    const bytesPerRow = readInteger(params.slice(commas[2]! + 1, commas[3]), 0, '^GF bytes per row', ZPL_DECODER_MAX_DOTS / 8);
    const totalBytes = readInteger(params.slice(commas[1]! + 1, commas[2]), 0, '^GF total bytes', (ZPL_DECODER_MAX_DOTS / 8) * ZPL_DECODER_MAX_DOTS);
    if (bytesPerRow === 0 || totalBytes % bytesPerRow !== 0) throw decodeError(`^GF total ${totalBytes} is not a whole number of ${bytesPerRow}-byte rows`);
    const rows = totalBytes / bytesPerRow;
    if (rows > ZPL_DECODER_MAX_DOTS) throw decodeError(`^GF graphic is ${rows} rows, over ${ZPL_DECODER_MAX_DOTS}`);
    const bitmap: Bitmap1 = { width: bytesPerRow * 8, height: rows, stride: bytesPerRow, data: decodeGraphicData(params.slice(commas[3]! + 1), totalBytes, bytesPerRow) };
    return { x: origin.x, y: origin.y, bitmap };
  }

  private finish(format: Format): DecodedEvent {
    const width = format.printWidth ?? Math.max(0, ...format.graphics.map((g) => g.x + g.bitmap.width));
    const height = format.labelLength ?? Math.max(0, ...format.graphics.map((g) => g.y + g.bitmap.height));
    if (width > ZPL_DECODER_MAX_DOTS || height > ZPL_DECODER_MAX_DOTS) throw decodeError(`the label is ${width}x${height} dots, over ${ZPL_DECODER_MAX_DOTS}`);
    let bitmap = createBitmap(width, height);
    for (const g of format.graphics) blit(bitmap, g.bitmap, g.x, g.y);
    if (format.mirrored) bitmap = mirrorBitmap(bitmap);
    if (format.inverted) bitmap = rotateBitmap(bitmap, 180);
    return { kind: 'label', bitmap, copies: format.copies };
  }
}

/**
 * A ZPL decoder for the virtual printer and round-trip tests.
 *
 * @example
 * const events = createZplDecoder().feed(bytes); // [{ kind: 'label', bitmap, copies }]
 */
export function createZplDecoder(): JobDecoder {
  return new ZplDecoder();
}
