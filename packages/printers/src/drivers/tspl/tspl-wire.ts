/**
 * Builds a TSPL byte stream: ASCII command lines ending in CRLF, with raw binary payloads
 * (BITMAP data) spliced in between. TSPL has no framing beyond the line ending.
 */
export class TsplWriter {
  /** One buffer that doubles when full: a label is written without a chunk per command. */
  private out = new Uint8Array(16 * 1024);
  private size = 0;

  /** One command line: the text, then CR LF. Commands are plain ASCII (numbers, keywords). */
  line(text: string): this {
    return this.text(text).crlf();
  }

  /** ASCII text without a line ending (a BITMAP header, whose payload follows on the same line). */
  text(text: string): this {
    this.ensure(text.length);
    const out = this.out;
    let at = this.size;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7e) throw new RangeError(`TSPL command text must be ASCII, got ${JSON.stringify(text)}`);
      out[at++] = c;
    }
    this.size = at;
    return this;
  }

  /** A whole number in decimal, as command arguments are written (`BAR 120,48,...`). */
  int(n: number): this {
    if (!Number.isSafeInteger(n)) return this.text(String(n));
    let v = n;
    if (v < 0) {
      this.char(0x2d);
      v = -v;
    }
    let digits = 1;
    for (let t = v; t >= 10; t = Math.floor(t / 10)) digits++;
    this.ensure(digits);
    for (let i = this.size + digits - 1; i >= this.size; i--) {
      this.out[i] = 0x30 + (v % 10);
      v = Math.floor(v / 10);
    }
    this.size += digits;
    return this;
  }

  /** One ASCII character by its code (a comma between arguments). */
  char(code: number): this {
    this.ensure(1);
    this.out[this.size++] = code;
    return this;
  }

  crlf(): this {
    this.ensure(2);
    this.out[this.size++] = 0x0d;
    this.out[this.size++] = 0x0a;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    this.ensure(bytes.length);
    this.out.set(bytes, this.size);
    this.size += bytes.length;
    return this;
  }

  /** The next `length` bytes of the stream, for the caller to fill (a BITMAP payload). */
  reserve(length: number): Uint8Array {
    this.ensure(length);
    const at = this.size;
    this.size += length;
    return this.out.subarray(at, this.size);
  }

  /** The bytes written (a view of the writer's buffer: write no more after taking them). */
  toBytes(): Uint8Array {
    return this.out.subarray(0, this.size);
  }

  private ensure(length: number): void {
    if (this.size + length <= this.out.length) return;
    const grown = new Uint8Array(Math.max(2 * this.out.length, this.size + length));
    grown.set(this.out.subarray(0, this.size));
    this.out = grown;
  }
}

/** TSPL's line ending. LPrint gets away with bare LF, the manual says CR LF. */
export const CRLF = Uint8Array.of(0x0d, 0x0a);

/** A number for a command argument: at most 2 decimals, no exponent, no locale. */
export function formatTsplNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
