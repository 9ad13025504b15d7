import { createBitmap, fillRect, InklessError, rotateBitmap, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent, JobDecoder } from '../../job-options';
import { applyTsplBitmap, mirrorBitmap, parseTsplLength, type TsplDrawMode } from './tspl-canvas';

/**
 * Written from the TSPL/TSPL2 manual facts (docs: protocols.md section 1), not from the driver, so
 * a round trip through both means something. Understood: SIZE, CLS, BITMAP (modes 0/1/2, byte
 * counted binary payload, 0 = burn), BAR, DIRECTION, REFERENCE, SHIFT, PRINT, and the immediate
 * `<ESC>!?` status query. Every other line is skipped.
 */
export interface TsplDecoderOptions {
  /** The virtual printer's resolution: SIZE in mm or inches becomes dots with it. Default 203. */
  readonly dpi?: number;
}

/** Largest canvas side and bitmap side accepted, in dots (a 2.5 m label at 203 dpi). */
export const TSPL_MAX_DOTS = 20_000;
/** Longest command line kept while waiting for its line feed. */
const MAX_LINE_BYTES = 64 * 1024;
const ESC = 0x1b;
const BANG = 0x21;
const QUESTION = 0x3f;
const LF = 0x0a;
const COMMA = 0x2c;
/** `<ESC>!?` answer of an idle, healthy printer. */
const STATUS_READY = 0x00;

class TsplDecoder implements JobDecoder {
  private pending = new Uint8Array(0);
  private sizeDots: { width: number; height: number } | undefined;
  private canvas: Bitmap1 | undefined;
  /**
   * True once PRINT handed the image buffer itself out (no copy): a later drawing works on a copy
   * of it (TSPL keeps the buffer after PRINT), while CLS, the usual next command, just starts a blank one.
   */
  private lent = false;
  /** A bitmap given back by recycle, reused as the next blank buffer. */
  private spare: Bitmap1 | undefined;
  private direction = 0;
  private mirror = 0;
  private reference = { x: 0, y: 0 };
  private shift = { x: 0, y: 0 };

  constructor(private readonly dpi: number) {}

  feed(chunk: Uint8Array): DecodedEvent[] {
    // Only a command cut by the chunk's end is carried over and joined with the next chunk.
    let joined = chunk;
    if (this.pending.length > 0) {
      joined = new Uint8Array(this.pending.length + chunk.length);
      joined.set(this.pending);
      joined.set(chunk, this.pending.length);
    }
    const events: DecodedEvent[] = [];
    const used = this.drain(joined, events, false);
    this.pending = joined.slice(used);
    return events;
  }

  end(): DecodedEvent[] {
    const events: DecodedEvent[] = [];
    const used = this.drain(this.pending, events, true);
    const rest = this.pending.length - used;
    this.pending = new Uint8Array(0);
    if (rest > 0) throw decodeError(`the stream ends inside a command (${rest} bytes left over)`);
    return events;
  }

  /** Runs every complete command in `buf`; returns how many bytes were consumed. */
  private drain(buf: Uint8Array, events: DecodedEvent[], final: boolean): number {
    let pos = 0;
    while (pos < buf.length) {
      const c = buf[pos]!;
      if (c === ESC) {
        // Immediate commands: <ESC>!x, three bytes, outside the line syntax.
        if (buf.length - pos < 3) return pos;
        if (buf[pos + 1] === BANG && buf[pos + 2] === QUESTION) events.push({ kind: 'reply', bytes: Uint8Array.of(STATUS_READY) });
        pos += buf[pos + 1] === BANG ? 3 : 1;
        continue;
      }
      if (c <= 0x20) { pos++; continue; } // CR, LF, spaces, NUL padding between commands
      if (startsWithWord(buf, pos, 'BITMAP')) {
        const next = this.readBitmap(buf, pos);
        if (next < 0) return pos;
        pos = next;
        continue;
      }
      let lf = buf.indexOf(LF, pos);
      if (lf < 0) {
        if (buf.length - pos > MAX_LINE_BYTES) throw decodeError(`a command line is longer than ${MAX_LINE_BYTES} bytes`);
        if (!final) return pos;
        lf = buf.length;
      }
      // BAR lines come by the hundred (barcodes, QR codes): plain ones are read from the bytes.
      if (!(startsWithWord(buf, pos, 'BAR') && this.drawPlainBar(buf, pos + 4, lf))) this.runLine(asciiText(buf, pos, lf).trim(), events);
      pos = lf + 1;
    }
    return pos;
  }

  /** `BITMAP x,y,widthBytes,height,mode,<widthBytes*height raw bytes>`; -1 until it is all here. */
  private readBitmap(buf: Uint8Array, pos: number): number {
    let at = pos;
    for (let commas = 0; commas < 5; at++) {
      if (at >= buf.length) {
        if (at - pos > MAX_LINE_BYTES) throw decodeError('a BITMAP header has no end');
        return -1;
      }
      if (buf[at] === LF) throw decodeError(`malformed BITMAP header "${asciiText(buf, pos, at).trim()}"`);
      if (buf[at] === COMMA) commas++;
    }
    const args = asciiText(buf, pos + 'BITMAP'.length, at - 1).split(',').map((s) => parseInteger(s, 'BITMAP'));
    const [x, y, widthBytes, height, mode] = args as [number, number, number, number, number];
    if (widthBytes < 0 || height < 0 || widthBytes * 8 > TSPL_MAX_DOTS || height > TSPL_MAX_DOTS) {
      throw decodeError(`BITMAP of ${widthBytes} bytes x ${height} rows is out of range (at most ${TSPL_MAX_DOTS} dots a side)`);
    }
    if (mode !== 0 && mode !== 1 && mode !== 2) throw decodeError(`BITMAP mode ${mode} is not 0 (overwrite), 1 (or) or 2 (xor)`);
    const end = at + widthBytes * height;
    if (end > buf.length) return -1;
    const origin = this.origin();
    applyTsplBitmap(this.drawTarget(), buf.subarray(at, end), { x: x + origin.x, y: y + origin.y, widthBytes, height, mode: mode as TsplDrawMode });
    return end;
  }

  private runLine(line: string, events: DecodedEvent[]): void {
    if (line === '') return;
    const space = line.indexOf(' ');
    const word = (space < 0 ? line : line.slice(0, space)).toUpperCase();
    const args = space < 0 ? [] : line.slice(space + 1).split(',').map((s) => s.trim());
    if (word === 'SIZE') this.setSize(args);
    else if (word === 'CLS') this.clearCanvas();
    else if (word === 'DIRECTION') {
      this.direction = parseInteger(args[0] ?? '0', 'DIRECTION');
      this.mirror = parseInteger(args[1] ?? '0', 'DIRECTION');
    } else if (word === 'REFERENCE') this.reference = { x: parseInteger(args[0] ?? '0', word), y: parseInteger(args[1] ?? '0', word) };
    else if (word === 'SHIFT') {
      this.shift = args.length >= 2 ? { x: parseInteger(args[0]!, word), y: parseInteger(args[1]!, word) } : { x: 0, y: parseInteger(args[0] ?? '0', word) };
    } else if (word === 'BAR') this.drawBar(args);
    else if (word === 'PRINT') events.push(this.print(args));
    // Anything else (GAP, BLINE, DENSITY, SPEED, SET ..., TEXT ...) does not change our raster.
  }

  private setSize(args: readonly string[]): void {
    const width = parseTsplLength(args[0] ?? '', this.dpi);
    const height = parseTsplLength(args[1] ?? '', this.dpi);
    if (width === undefined || height === undefined) throw decodeError(`SIZE ${args.join(',')} is not "w mm,h mm", "w dot,h dot" or inches`);
    if (width < 1 || height < 1 || width > TSPL_MAX_DOTS || height > TSPL_MAX_DOTS) {
      throw decodeError(`SIZE of ${width} x ${height} dots is out of range (1..${TSPL_MAX_DOTS})`);
    }
    this.sizeDots = { width, height };
  }

  /**
   * `CLS`: a blank image buffer. The old one is wiped in place when it has the label's size and is
   * not out with a label event; else a recycled one is, so a long job need not allocate per label.
   */
  private clearCanvas(): void {
    const c = this.canvas;
    if (c && !this.lent && this.fitsSize(c)) c.data.fill(0);
    else this.canvas = this.blankCanvas();
    this.lent = false;
  }

  /** The buffer itself coming back is the buffer again (no longer out); another bitmap becomes the spare. */
  recycle(bitmap: Bitmap1): void {
    if (bitmap === this.canvas) this.lent = false;
    else if (this.fitsSize(bitmap)) this.spare = bitmap;
  }

  private fitsSize(bitmap: Bitmap1): boolean {
    return this.sizeDots !== undefined && bitmap.width === this.sizeDots.width && bitmap.height === this.sizeDots.height && bitmap.stride === (bitmap.width + 7) >> 3;
  }

  /** A blank buffer of the label's size: the recycled one, wiped, or a new one. */
  private blankCanvas(): Bitmap1 {
    const spare = this.spare;
    this.spare = undefined;
    if (spare && this.fitsSize(spare)) {
      spare.data.fill(0);
      return spare;
    }
    if (!this.sizeDots) throw decodeError('drawing before SIZE: the label size is unknown');
    return createBitmap(this.sizeDots.width, this.sizeDots.height);
  }

  /** The buffer drawing commands draw on: its own copy when PRINT lent the buffer out. */
  private drawTarget(): Bitmap1 {
    if (this.lent && this.canvas) {
      const lent = this.canvas;
      this.canvas = { ...lent, data: lent.data.slice() };
      this.lent = false;
    }
    this.canvas ??= this.blankCanvas();
    return this.canvas;
  }

  private origin(): { x: number; y: number } {
    return { x: this.reference.x + this.shift.x, y: this.reference.y + this.shift.y };
  }

  /**
   * `BAR x,y,width,height` written plainly (unsigned numbers, commas, an optional CR), read
   * straight from the bytes; false for anything else, which runLine then reads (and reports).
   */
  private drawPlainBar(buf: Uint8Array, from: number, lf: number): boolean {
    const end = buf[lf - 1] === 0x0d ? lf - 1 : lf;
    const values = this.barValues;
    let count = 0;
    let at = from;
    while (count < 4) {
      let value = 0;
      const start = at;
      for (; at < end && buf[at]! >= 0x30 && buf[at]! <= 0x39 && at - start < 6; at++) value = value * 10 + buf[at]! - 0x30;
      if (at === start) return false;
      values[count++] = value;
      if (at === end) break;
      if (buf[at] !== COMMA) return false;
      at++;
    }
    if (count !== 4 || at !== end || values[2]! > TSPL_MAX_DOTS || values[3]! > TSPL_MAX_DOTS) return false;
    const o = this.origin();
    fillRect(this.drawTarget(), values[0]! + o.x, values[1]! + o.y, values[2]!, values[3]!);
    return true;
  }

  private readonly barValues = new Int32Array(4);

  /** `BAR x,y,width,height`: a solid black rectangle, in dots. */
  private drawBar(args: readonly string[]): void {
    const [x, y, w, h] = args.map((s) => parseInteger(s, 'BAR')) as [number, number, number, number];
    if (args.length !== 4 || w > TSPL_MAX_DOTS || h > TSPL_MAX_DOTS) throw decodeError(`BAR ${args.join(',')} is not "x,y,width,height" in range`);
    const o = this.origin();
    fillRect(this.drawTarget(), x + o.x, y + o.y, w, h);
  }

  /** `PRINT m[,n]`: m sets of n copies of the image buffer, reported as one label with m*n copies. */
  private print(args: readonly string[]): DecodedEvent {
    const sets = parseInteger(args[0] ?? '1', 'PRINT');
    const copies = parseInteger(args[1] ?? '1', 'PRINT');
    this.canvas ??= this.blankCanvas();
    let bitmap = this.canvas;
    if (this.direction === 1) bitmap = rotateBitmap(bitmap, 180);
    if (this.mirror === 1) bitmap = mirrorBitmap(bitmap);
    // The buffer itself goes out (no copy); drawing on it again first copies it (drawTarget).
    if (bitmap === this.canvas) this.lent = true;
    return { kind: 'label', bitmap, copies: Math.max(1, sets) * Math.max(1, copies) };
  }
}

/** True when `word` (ASCII, any case) starts at `pos` and is followed by a space. */
function startsWithWord(buf: Uint8Array, pos: number, word: string): boolean {
  if (pos + word.length >= buf.length) return false;
  for (let i = 0; i < word.length; i++) if ((buf[pos + i]! | 0x20) !== (word.charCodeAt(i) | 0x20)) return false;
  return buf[pos + word.length] === 0x20;
}

function asciiText(buf: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

function parseInteger(text: string, command: string): number {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) throw decodeError(`${command}: "${t}" is not a whole number`);
  return Number(t);
}

function decodeError(message: string): InklessError {
  return new InklessError('INKLESS_PRINTER_DECODE', `TSPL: ${message}`);
}

/**
 * A TSPL reader for the virtual printer and round-trip tests.
 *
 * @example
 * const events = [...createTsplDecoder().feed(bytes), ...decoder.end()];
 */
export function createTsplDecoder(options: TsplDecoderOptions = {}): JobDecoder {
  return new TsplDecoder(options.dpi ?? 203);
}
