import { createBitmap, InklessError, setPixel, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent, JobDecoder } from '../../job-options';
import { ESCPOS_COMMAND_ARGS, GS_COMMAND_ARGS } from './escpos-commands';

/**
 * Written from the Epson ESC/POS facts (protocols.md section 3.1), not from the driver. Understood:
 * `ESC @`, `GS v 0` raster (m = 0..3 / 48..51: bit 0 double width = each dot printed twice
 * across, bit 1 double height = each row printed twice; 1 = black), printed from the left margin
 * `GS L nL nH` (dots; like the printer, only taken at the start of a line), `GS W nL nH` (print
 * area width: ink past margin + width is refused, since models differ there), `ESC J n` (feed dots),
 * `ESC d n` and LF (feed lines), `ESC 2`/`ESC 3 n` (line spacing), `FF` and `GS FF` (label end),
 * `GS V m [n]` (cut: label end), `DLE EOT n` (status: answered as a healthy printer). Common
 * one-argument settings are skipped; text bytes are not rendered. A label event's bitmap is as
 * wide as its widest band and as tall as the paper fed.
 */
export const ESCPOS_MAX_DOTS = 20_000;
const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const EOT = 0x04;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
/** Epson's default line spacing, in dots (1/6 inch at 180 dpi; close enough for a feed count). */
const DEFAULT_LINE_DOTS = 30;
/** `DLE EOT n` answer of a healthy, online printer: only the fixed bits 1 and 4 set. */
const STATUS_OK = 0x12;

interface Band {
  readonly y: number;
  /** Left margin, dots. */
  readonly x: number;
  /** First dot past the print area (margin + GS W), or Infinity while no GS W was seen. */
  readonly areaEnd: number;
  readonly widthDots: number;
  readonly height: number;
  readonly scaleX: number;
  readonly scaleY: number;
  readonly widthBytes: number;
  readonly data: Uint8Array;
}

class EscposDecoder implements JobDecoder {
  private pending = new Uint8Array(0);
  private bands: Band[] = [];
  private fedDots = 0;
  private lineDots = DEFAULT_LINE_DOTS;
  private marginDots = 0;
  private areaDots = Infinity;
  /** Text bytes wait in the line buffer: GS L and GS W are ignored until the line is printed. */
  private lineStarted = false;

  feed(chunk: Uint8Array): DecodedEvent[] {
    const joined = new Uint8Array(this.pending.length + chunk.length);
    joined.set(this.pending);
    joined.set(chunk, this.pending.length);
    const events: DecodedEvent[] = [];
    this.pending = joined.slice(this.drain(joined, events));
    return events;
  }

  end(): DecodedEvent[] {
    if (this.pending.length > 0) throw decodeError(`the stream ends inside a command (${this.pending.length} bytes left over)`);
    const events: DecodedEvent[] = [];
    if (this.fedDots > 0) events.push(this.finishLabel());
    return events;
  }

  private drain(buf: Uint8Array, events: DecodedEvent[]): number {
    let pos = 0;
    while (pos < buf.length) {
      const next = this.step(buf, pos, events);
      if (next < 0) return pos;
      pos = next;
    }
    return pos;
  }

  /** Runs the command at `pos`; returns the position after it, or -1 when it is incomplete. */
  private step(buf: Uint8Array, pos: number, events: DecodedEvent[]): number {
    const c = buf[pos]!;
    const have = buf.length - pos;
    if (c === LF) { this.advance(this.lineDots); return pos + 1; }
    if (c === FF) { events.push(this.finishLabel()); return pos + 1; }
    if (c === CR) return pos + 1;
    if (c === DLE) {
      if (have < 3) return -1;
      if (buf[pos + 1] !== EOT) throw decodeError(`unknown command DLE 0x${hex(buf[pos + 1]!)} at byte ${pos}`);
      events.push({ kind: 'reply', bytes: Uint8Array.of(STATUS_OK) });
      return pos + 3;
    }
    if (c === ESC) return this.stepEsc(buf, pos);
    if (c === GS) return this.stepGs(buf, pos, events);
    this.lineStarted = true;
    return pos + 1; // text and other data bytes: not rendered
  }

  private stepEsc(buf: Uint8Array, pos: number): number {
    if (buf.length - pos < 2) return -1;
    const cmd = buf[pos + 1]!;
    const args = ESCPOS_COMMAND_ARGS.get(cmd);
    if (args === undefined) throw decodeError(`unknown command ESC 0x${hex(cmd)} at byte ${pos}`);
    if (buf.length - pos < 2 + args) return -1;
    const n = buf[pos + 2] ?? 0;
    if (cmd === 0x40) this.reset(); // ESC @
    else if (cmd === 0x4a) this.advance(n); // ESC J n: n dots
    else if (cmd === 0x64) this.advance(n * this.lineDots); // ESC d n: n lines
    else if (cmd === 0x32) this.lineDots = DEFAULT_LINE_DOTS; // ESC 2
    else if (cmd === 0x33) this.lineDots = n; // ESC 3 n
    return pos + 2 + args;
  }

  private stepGs(buf: Uint8Array, pos: number, events: DecodedEvent[]): number {
    if (buf.length - pos < 2) return -1;
    const cmd = buf[pos + 1]!;
    if (cmd === 0x0c) { events.push(this.finishLabel()); return pos + 2; } // GS FF
    if (cmd === 0x76) return this.readRaster(buf, pos); // GS v 0
    if (cmd === 0x4c || cmd === 0x57) { // GS L nL nH (left margin), GS W nL nH (print area width)
      if (buf.length - pos < 4) return -1;
      const dots = buf[pos + 2]! + 256 * buf[pos + 3]!;
      if (!this.lineStarted) {
        if (cmd === 0x4c) this.marginDots = dots;
        else this.areaDots = dots;
      }
      return pos + 4;
    }
    if (cmd === 0x56) { // GS V m [n]: m 0/1/48/49 no n; 65/66/97/98/103/104 take n
      if (buf.length - pos < 3) return -1;
      const m = buf[pos + 2]!;
      const len = m === 0 || m === 1 || m === 48 || m === 49 ? 3 : 4;
      if (buf.length - pos < len) return -1;
      if (this.fedDots > 0 || this.bands.length > 0) events.push(this.finishLabel());
      return pos + len;
    }
    const args = GS_COMMAND_ARGS.get(cmd);
    if (args === undefined) throw decodeError(`unknown command GS 0x${hex(cmd)} at byte ${pos}`);
    return buf.length - pos < 2 + args ? -1 : pos + 2 + args;
  }

  /** `GS v 0 m xL xH yL yH d1..dk`, k = x*y, x in bytes. */
  private readRaster(buf: Uint8Array, pos: number): number {
    if (buf.length - pos < 8) return -1;
    if (buf[pos + 2] !== 0x30) throw decodeError(`GS v 0x${hex(buf[pos + 2]!)} is not GS v 0 (byte ${pos})`);
    const m = buf[pos + 3]!;
    if (!(m <= 3 || (m >= 48 && m <= 51))) throw decodeError(`GS v 0 mode ${m} is not 0..3 or 48..51`);
    const widthBytes = buf[pos + 4]! + 256 * buf[pos + 5]!;
    const height = buf[pos + 6]! + 256 * buf[pos + 7]!;
    const scaleX = m & 1 ? 2 : 1;
    const scaleY = m & 2 ? 2 : 1;
    if (widthBytes * 8 * scaleX > ESCPOS_MAX_DOTS || height * scaleY > ESCPOS_MAX_DOTS) {
      throw decodeError(`GS v 0 of ${widthBytes} bytes x ${height} rows is out of range (at most ${ESCPOS_MAX_DOTS} dots a side)`);
    }
    const end = pos + 8 + widthBytes * height;
    if (end > buf.length) return -1;
    const x = this.marginDots;
    this.bands.push({ y: this.fedDots, x, areaEnd: x + this.areaDots, widthDots: x + widthBytes * 8 * scaleX, height, scaleX, scaleY, widthBytes, data: buf.slice(pos + 8, end) });
    this.advance(height * scaleY);
    return end;
  }

  private reset(): void {
    this.lineDots = DEFAULT_LINE_DOTS;
    this.marginDots = 0;
    this.areaDots = Infinity;
    this.lineStarted = false;
  }

  private advance(dots: number): void {
    this.lineStarted = false;
    this.fedDots += dots;
    if (this.fedDots > ESCPOS_MAX_DOTS) throw decodeError(`a label longer than ${ESCPOS_MAX_DOTS} dots (no FF, GS FF or cut ends it)`);
  }

  /** Composes the bands fed since the last label end into one bitmap. */
  private finishLabel(): DecodedEvent {
    const width = this.bands.reduce((w, b) => Math.max(w, b.widthDots), 0);
    const bitmap: Bitmap1 = createBitmap(width, this.fedDots);
    for (const band of this.bands) {
      for (let r = 0; r < band.height; r++) {
        for (let col = 0; col < band.widthBytes * 8; col++) {
          if (!(band.data[r * band.widthBytes + (col >> 3)]! & (0x80 >> (col & 7)))) continue;
          const x = band.x + col * band.scaleX;
          if (x + band.scaleX > band.areaEnd) throw decodeError(`ink at dot ${x} is past the print area (GS L + GS W end at ${band.areaEnd})`);
          for (let dy = 0; dy < band.scaleY; dy++) for (let dx = 0; dx < band.scaleX; dx++) setPixel(bitmap, x + dx, band.y + r * band.scaleY + dy);
        }
      }
    }
    this.bands = [];
    this.fedDots = 0;
    this.lineStarted = false;
    return { kind: 'label', bitmap, copies: 1 };
  }
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0');
}

function decodeError(message: string): InklessError {
  return new InklessError('INKLESS_PRINTER_DECODE', `ESC/POS: ${message}`);
}

/**
 * An ESC/POS reader for the virtual printer and round-trip tests.
 *
 * @example
 * const d = createEscposDecoder(); const events = [...d.feed(bytes), ...d.end()];
 */
export function createEscposDecoder(): JobDecoder {
  return new EscposDecoder();
}
