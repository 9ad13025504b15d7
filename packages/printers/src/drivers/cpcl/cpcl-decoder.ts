// Reads CPCL back into labels, from the CPCL manuals (Zebra CPCL p.2-2 and 7-7, Sewoo LK-P20
// p.22), not from the driver:
//  * lines end in CRLF (a bare LF is accepted); words are separated by spaces.
//  * `! offset hdpi vdpi height qty` opens a session (`! U1 ...` utility lines are not sessions);
//    offset moves everything right; height is the label length in dots; qty the copies.
//  * `PAGE-WIDTH w` (or `PW w`) sets the print width.
//  * `CG wb h x y <data>` (COMPRESSED-GRAPHICS): wb*h binary bytes straight after the space,
//    counted, never split on line ends; `EG` (EXPANDED-GRAPHICS): the same as 2*wb*h hex digits.
//    1 = black, MSB = left. The vertical forms VCG / VEG are read past but not drawn.
//  * `PRINT` ends the session and prints it; `FORM` and anything else change nothing here.
// Sizes over 20000 dots are refused before any allocation.
import { blit, createBitmap, InklessError, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent, JobDecoder } from '../../job-options';

/** Largest width, height or graphic side (dots) this decoder accepts. */
export const CPCL_DECODER_MAX_DOTS = 20_000;
/** Most bytes kept while waiting for a command to complete: one 20000-dot square in hex. */
const MAX_PENDING_BYTES = 2 * (CPCL_DECODER_MAX_DOTS / 8) * CPCL_DECODER_MAX_DOTS + 4096;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
/** Graphic commands and whether their data is binary; V... draw rotated and are skipped. */
const GRAPHIC_COMMANDS: ReadonlyMap<string, { binary: boolean; draw: boolean }> = new Map([
  ['CG', { binary: true, draw: true }],
  ['COMPRESSED-GRAPHICS', { binary: true, draw: true }],
  ['EG', { binary: false, draw: true }],
  ['EXPANDED-GRAPHICS', { binary: false, draw: true }],
  ['VCG', { binary: true, draw: false }],
  ['VCOMPRESSED-GRAPHICS', { binary: true, draw: false }],
  ['VEG', { binary: false, draw: false }],
  ['VEXPANDED-GRAPHICS', { binary: false, draw: false }],
]);

interface Session {
  readonly offset: number;
  readonly height: number;
  readonly copies: number;
  pageWidth?: number;
  readonly graphics: { x: number; y: number; bitmap: Bitmap1 }[];
}

function decodeError(message: string): InklessError {
  return new InklessError('INKLESS_PRINTER_DECODE', message);
}

function readNumber(word: string | undefined, what: string, max = CPCL_DECODER_MAX_DOTS): number {
  if (word === undefined || !/^\d+$/.test(word)) throw decodeError(`${what} must be a whole number, got "${word ?? ''}"`);
  const n = Number(word);
  if (n > max) throw decodeError(`${what} is ${n}, over ${max}`);
  return n;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

class CpclDecoder implements JobDecoder {
  private buffer = new Uint8Array(4096);
  private length = 0;
  private session: Session | undefined;

  feed(chunk: Uint8Array): DecodedEvent[] {
    if (this.length + chunk.length > MAX_PENDING_BYTES) throw decodeError(`a CPCL command is over ${MAX_PENDING_BYTES} bytes long`);
    if (this.length + chunk.length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + chunk.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
    return this.drain(false);
  }

  end(): DecodedEvent[] {
    const events = this.drain(true);
    this.length = 0;
    this.session = undefined;
    return events;
  }

  private drain(final: boolean): DecodedEvent[] {
    const events: DecodedEvent[] = [];
    let pos = 0;
    while (pos < this.length) {
      const used = this.readCommand(pos, final, events);
      if (used === 0) break;
      pos += used;
    }
    this.buffer.copyWithin(0, pos, this.length);
    this.length -= pos;
    return events;
  }

  /** Reads one command at `pos`; returns the bytes it used, or 0 to wait for more. */
  private readCommand(pos: number, final: boolean, events: DecodedEvent[]): number {
    const bytes = this.buffer;
    let wordEnd = pos;
    while (wordEnd < this.length && bytes[wordEnd] !== SPACE && bytes[wordEnd] !== LF && bytes[wordEnd] !== CR) wordEnd++;
    if (wordEnd === this.length && !final) return 0;
    const graphic = GRAPHIC_COMMANDS.get(latin1(bytes, pos, wordEnd).toUpperCase());
    if (graphic) return this.readGraphic(pos, wordEnd, graphic, final);
    let lineEnd = wordEnd;
    while (lineEnd < this.length && bytes[lineEnd] !== LF) lineEnd++;
    if (lineEnd === this.length && !final) return 0;
    this.runLine(latin1(bytes, pos, lineEnd).trim().split(/\s+/), events);
    return Math.min(this.length, lineEnd + 1) - pos;
  }

  /** `CG wb h x y <data>`: the four numbers, one space, then the counted data and the line end. */
  private readGraphic(pos: number, wordEnd: number, graphic: { binary: boolean; draw: boolean }, final: boolean): number {
    const bytes = this.buffer;
    const numbers: number[] = [];
    let at = wordEnd;
    while (numbers.length < 4) {
      while (at < this.length && bytes[at] === SPACE) at++;
      let end = at;
      while (end < this.length && bytes[end]! >= 0x30 && bytes[end]! <= 0x39) end++;
      if (end === this.length && !final) return 0;
      const what = ['width bytes', 'height', 'x', 'y'][numbers.length]!;
      numbers.push(readNumber(latin1(bytes, at, end), `CPCL graphic ${what}`, numbers.length === 0 ? CPCL_DECODER_MAX_DOTS / 8 : CPCL_DECODER_MAX_DOTS));
      at = end;
    }
    if (bytes[at] === SPACE) at++;
    const [widthBytes, height, x, y] = numbers as [number, number, number, number];
    const dataBytes = widthBytes * height * (graphic.binary ? 1 : 2);
    if (at + dataBytes > this.length) {
      if (final) throw decodeError(`a CPCL graphic needs ${dataBytes} data bytes but the stream ends first`);
      return 0;
    }
    if (graphic.draw && this.session) {
      const data = graphic.binary ? bytes.slice(at, at + dataBytes) : this.decodeHex(at, widthBytes * height);
      this.session.graphics.push({ x: this.session.offset + x, y, bitmap: { width: widthBytes * 8, height, stride: widthBytes, data } });
    }
    at += dataBytes;
    // The rest of the line (normally just CR LF).
    while (at < this.length && bytes[at] !== LF) at++;
    if (at === this.length && !final) return 0;
    return Math.min(this.length, at + 1) - pos;
  }

  private decodeHex(at: number, count: number): Uint8Array {
    const out = new Uint8Array(count);
    const text = latin1(this.buffer, at, at + count * 2);
    if (!/^[0-9a-fA-F]*$/.test(text)) throw decodeError('EG graphic data must be hex digits');
    for (let i = 0; i < count; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
    return out;
  }

  private runLine(words: string[], events: DecodedEvent[]): void {
    const command = words[0]?.toUpperCase() ?? '';
    if (command === '!' && words[1] !== undefined && /^\d+$/.test(words[1])) {
      this.session = {
        offset: readNumber(words[1], 'session offset'),
        height: readNumber(words[4], 'session height'),
        copies: Math.max(1, readNumber(words[5], 'session quantity', 1024)),
        graphics: [],
      };
      return;
    }
    const session = this.session;
    if (!session) return;
    if (command === 'PAGE-WIDTH' || command === 'PW') session.pageWidth = readNumber(words[1], 'PAGE-WIDTH');
    else if (command === 'PRINT') {
      events.push(this.print(session));
      this.session = undefined;
    }
  }

  private print(session: Session): DecodedEvent {
    const width = session.pageWidth ?? Math.max(0, ...session.graphics.map((g) => g.x + g.bitmap.width));
    if (width > CPCL_DECODER_MAX_DOTS) throw decodeError(`the label is ${width} dots wide, over ${CPCL_DECODER_MAX_DOTS}`);
    const bitmap = createBitmap(width, session.height);
    for (const g of session.graphics) blit(bitmap, g.bitmap, g.x, g.y);
    return { kind: 'label', bitmap, copies: session.copies };
  }
}

/**
 * A CPCL decoder for the virtual printer and round-trip tests.
 *
 * @example
 * const events = createCpclDecoder().feed(bytes); // [{ kind: 'label', bitmap, copies }]
 */
export function createCpclDecoder(): JobDecoder {
  return new CpclDecoder();
}
