/** Decoded text of one chunk; `invalidAt` is the file byte offset of a bad sequence, else -1, and `text` then stops before it. */
export interface DecodedChunk {
  readonly text: string;
  readonly invalidAt: number;
}

/** Decodes a byte stream chunk by chunk and reports the byte offset of the first invalid UTF-8 sequence. */
export interface Utf8Decoder {
  decode(bytes: Uint8Array): DecodedChunk;
  /** Flushes; reports input that ends inside a multi-byte sequence. */
  finish(): DecodedChunk;
}

/**
 * Validates with a small state machine (the WHATWG decoder's bounds: no overlongs, no surrogates,
 * nothing above U+10FFFF) before handing bytes to TextDecoder, because TextDecoder's fatal mode
 * does not say where the bad byte is. A BOM is kept as U+FEFF so byte offsets stay exact. The text
 * before a bad sequence is still returned, so a reader can tell which row the bad byte is in.
 */
export function createUtf8Decoder(): Utf8Decoder {
  const text = new TextDecoder('utf-8', { ignoreBOM: true });
  let offset = 0;
  let need = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let sequenceStart = 0;
  let failed = false;

  // Returns the file offset of the first bad sequence in `bytes`, or -1.
  const validate = (bytes: Uint8Array): number => {
    const n = bytes.length;
    for (let i = 0; i < n; i++) {
      const b = bytes[i]!;
      if (need === 0) {
        if (b < 0x80) continue;
        sequenceStart = offset + i;
        if (b >= 0xc2 && b <= 0xdf) need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          need = 2;
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          need = 3;
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
        } else return sequenceStart;
      } else {
        if (b < lower || b > upper) return sequenceStart;
        lower = 0x80;
        upper = 0xbf;
        need--;
      }
    }
    offset += n;
    return -1;
  };

  return {
    decode(bytes) {
      if (failed) throw new Error('utf8 decoder used after an invalid sequence');
      const chunkStart = offset;
      const invalidAt = validate(bytes);
      if (invalidAt < 0) return { text: text.decode(bytes, { stream: true }), invalidAt };
      failed = true;
      // Bytes of the bad sequence that sit in an earlier chunk are held by TextDecoder and never flushed.
      const valid = Math.max(0, invalidAt - chunkStart);
      return { text: text.decode(bytes.subarray(0, valid), { stream: true }), invalidAt };
    },
    finish() {
      if (failed) return { text: '', invalidAt: -1 };
      if (need > 0) return { text: '', invalidAt: sequenceStart };
      return { text: text.decode(), invalidAt: -1 };
    },
  };
}
