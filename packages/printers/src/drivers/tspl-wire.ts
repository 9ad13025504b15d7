/**
 * Builds a TSPL byte stream: ASCII command lines ending in CRLF, with raw binary payloads
 * (BITMAP data) spliced in between. TSPL has no framing beyond the line ending.
 */
export class TsplWriter {
  private chunks: Uint8Array[] = [];
  private size = 0;

  /** One command line: the text, then CR LF. Commands are plain ASCII (numbers, keywords). */
  line(text: string): this {
    return this.text(text).bytes(CRLF);
  }

  /** ASCII text without a line ending (a BITMAP header, whose payload follows on the same line). */
  text(text: string): this {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7e) throw new RangeError(`TSPL command text must be ASCII, got ${JSON.stringify(text)}`);
      out[i] = c;
    }
    return this.bytes(out);
  }

  bytes(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    this.size += bytes.length;
    return this;
  }

  toBytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** TSPL's line ending. LPrint gets away with bare LF, the manual says CR LF. */
export const CRLF = Uint8Array.of(0x0d, 0x0a);

/** A number for a command argument: at most 2 decimals, no exponent, no locale. */
export function formatTsplNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
