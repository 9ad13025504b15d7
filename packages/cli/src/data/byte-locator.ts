/** Number of UTF-8 bytes that `text.slice(from, to)` encodes to (lone surrogates count 3, as U+FFFD). */
export function measureUtf8(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Turns a position in the current decoded chunk into a byte offset in the file, so errors can say
 * `at byte 4711`. ASCII chunks cost one pass; others are measured incrementally between asks.
 */
export class ByteLocator {
  private chunk = '';
  private chunkStart = 0;
  private chunkBytes = 0;
  private ascii = true;
  private cursorIndex = 0;
  private cursorBytes = 0;

  /** Moves to the next chunk of decoded text. */
  beginChunk(chunk: string): void {
    this.chunkStart += this.chunkBytes;
    this.chunk = chunk;
    this.ascii = !NON_ASCII.test(chunk); // native scan; far cheaper than measuring
    this.chunkBytes = this.ascii ? chunk.length : measureUtf8(chunk);
    this.cursorIndex = 0;
    this.cursorBytes = 0;
  }

  /** Byte offset of `index` in the current chunk. */
  offsetAt(index: number): number {
    if (this.ascii) return this.chunkStart + index;
    if (index < this.cursorIndex) {
      this.cursorIndex = 0;
      this.cursorBytes = 0;
    }
    this.cursorBytes += measureUtf8(this.chunk, this.cursorIndex, index);
    this.cursorIndex = index;
    return this.chunkStart + this.cursorBytes;
  }

  /** Byte offset just after everything seen so far. */
  endOffset(): number {
    return this.chunkStart + this.chunkBytes;
  }
}
