// Cuts a raw ZPL byte stream (what shipping software writes to TCP 9100) into pieces the bridge acts on:
//   ^XA ... ^XZ        a format: interpreted and printed (or stored, when it holds ^DF)
//   ~DG... / ~DY...    a graphic download outside formats: stored for later formats (up to the next ^ or ~)
//   ~HS                host status query: answered at once, inside a format or not
//   ~xx (other)        tilde commands outside formats (~JA, ~SD...): logged and skipped
// Anything else between formats (whitespace, stray bytes) is skipped. The caret and tilde are the
// defaults: a ^CC/~CC change of them is not followed here.

const CARET = 0x5e;
const TILDE = 0x7e;
const SHRINK_ABOVE_BYTES = 1 << 20;

export type ZplPiece =
  | { readonly kind: 'format'; readonly offset: number; readonly bytes: Uint8Array }
  | { readonly kind: 'definition'; readonly offset: number; readonly bytes: Uint8Array }
  | { readonly kind: 'host-status'; readonly offset: number }
  | { readonly kind: 'ignored'; readonly offset: number; readonly command: string }
  /** A format or definition over the size limit: dropped up to its end, never held in memory. */
  | { readonly kind: 'refused'; readonly offset: number; readonly what: 'format' | 'definition'; readonly limitBytes: number };

type State = 'outside' | 'format' | 'definition' | 'discard-format';

/**
 * A streaming cutter for one connection. Memory is bounded by `maxPieceBytes`: a format or
 * definition longer than that is refused (a `refused` piece) and skipped to its end without being kept.
 *
 * @example
 * const cutter = new ZplStreamCutter(8 << 20);
 * socket.on('data', (chunk) => cutter.push(chunk).forEach(handle));
 * socket.on('end', () => cutter.end().forEach(handle));
 */
export class ZplStreamCutter {
  private buffer = new Uint8Array(4096);
  private length = 0;
  /** Stream offset of buffer[0]. */
  private base = 0;
  /** Index in the buffer where scanning goes on. */
  private scan = 0;
  /** Index in the buffer where the current format or definition starts. */
  private start = 0;
  private state: State = 'outside';

  constructor(private readonly maxPieceBytes: number) {}

  push(chunk: Uint8Array): ZplPiece[] {
    this.append(chunk);
    return this.cut(false);
  }

  /** The connection closed: a definition in progress is complete; an unterminated format is refused. */
  end(): ZplPiece[] {
    const pieces = this.cut(true);
    if (this.state === 'definition') pieces.push({ kind: 'definition', offset: this.base + this.start, bytes: this.buffer.slice(this.start, this.length) });
    this.state = 'outside';
    this.length = 0;
    return pieces;
  }

  /** True while a format is open (its ^XZ not yet seen): what ~HS calls "partial format". */
  get inFormat(): boolean {
    return this.state === 'format' || this.state === 'discard-format';
  }

  private cut(ending: boolean): ZplPiece[] {
    const pieces: ZplPiece[] = [];
    const b = this.buffer;
    while (this.scan < this.length) {
      const i = this.scan;
      const c = b[i]!;
      if (c !== CARET && c !== TILDE) {
        this.scan++;
        continue;
      }
      // A command is its prefix and two letters: wait for them unless the stream ended.
      if (i + 3 > this.length) {
        if (ending) this.scan = this.length;
        break;
      }
      const name = String.fromCharCode(b[i + 1]!, b[i + 2]!).toUpperCase();
      const offset = this.base + i;
      // (In a definition the command is looked at again once the definition is cut off.)
      if (c === TILDE && name === 'HS' && this.state !== 'definition') pieces.push({ kind: 'host-status', offset });
      if (this.state === 'outside') {
        if (c === CARET && name === 'XA') {
          this.state = 'format';
          this.start = i;
        } else if (c === TILDE && (name === 'DG' || name === 'DY')) {
          this.state = 'definition';
          this.start = i;
        } else if (!(c === TILDE && name === 'HS')) {
          pieces.push({ kind: 'ignored', offset, command: `${String.fromCharCode(c)}${name}` });
        }
        this.scan = i + 3;
        continue;
      }
      if (this.state === 'definition') {
        // A download's data is hex or base64: the next command ends it.
        pieces.push({ kind: 'definition', offset: this.base + this.start, bytes: b.slice(this.start, i) });
        this.state = 'outside';
        continue;
      }
      if (c === CARET && name === 'XZ') {
        if (this.state === 'format') pieces.push({ kind: 'format', offset: this.base + this.start, bytes: b.slice(this.start, i + 3) });
        this.state = 'outside';
      }
      this.scan = i + 3;
    }
    this.enforceLimit(pieces);
    this.compact();
    return pieces;
  }

  /** A piece past the limit is refused and forgotten; only its end is still looked for. */
  private enforceLimit(pieces: ZplPiece[]): void {
    if ((this.state === 'format' || this.state === 'definition') && this.scan - this.start > this.maxPieceBytes) {
      pieces.push({ kind: 'refused', offset: this.base + this.start, what: this.state, limitBytes: this.maxPieceBytes });
      this.state = this.state === 'format' ? 'discard-format' : 'outside';
    }
  }

  /** Drops the bytes no piece needs any more, so an idle or discarding connection holds a few bytes. */
  private compact(): void {
    const keepFrom = this.state === 'format' || this.state === 'definition' ? this.start : this.scan;
    if (keepFrom === 0) return;
    this.buffer.copyWithin(0, keepFrom, this.length);
    this.length -= keepFrom;
    this.base += keepFrom;
    this.scan -= keepFrom;
    this.start = Math.max(0, this.start - keepFrom);
    // After a big format, give the memory back.
    if (this.buffer.length > SHRINK_ABOVE_BYTES && this.length < SHRINK_ABOVE_BYTES / 4) this.buffer = this.buffer.slice(0, Math.max(4096, this.length * 2));
  }

  private append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      let size = this.buffer.length;
      while (size < this.length + chunk.length) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }
}
