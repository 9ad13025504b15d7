import { corrupt } from './picture-limits';

/** What a WebP file's RIFF header says about the picture, read before any pixel is decoded. */
export interface WebpHeader {
  readonly width: number;
  readonly height: number;
  /** VP8 (lossy), VP8L (lossless) or VP8X (the extended header: alpha, animation, metadata). */
  readonly chunk: 'VP8 ' | 'VP8L' | 'VP8X';
  readonly animated: boolean;
}

// Layout (RFC 9649): "RIFF" size "WEBP", then the first chunk: a 4-byte name, a 4-byte size, data.
const CHUNK_AT = 12;
const DATA_AT = 20;
// VP8X flags byte: bit 1 says the file is an animation.
const VP8X_ANIMATION = 0x02;
// VP8L data starts with this signature byte, VP8 key frames with the start code 9d 01 2a.
const VP8L_SIGNATURE = 0x2f;

function chunkName(b: Uint8Array): string {
  return String.fromCharCode(b[CHUNK_AT]!, b[CHUNK_AT + 1]!, b[CHUNK_AT + 2]!, b[CHUNK_AT + 3]!);
}

function need(b: Uint8Array, length: number): void {
  if (b.length < length) throw corrupt('WebP', `the file ends after ${b.length} bytes, inside its header`);
}

/**
 * Reads the picture size from the first chunk of a WebP file; a file too short to hold it is corrupt.
 *
 * @example
 * const { width, height } = readWebpHeader(bytes); // then check the size, then decode
 */
export function readWebpHeader(b: Uint8Array): WebpHeader {
  need(b, DATA_AT);
  const chunk = chunkName(b);
  if (chunk === 'VP8X') {
    need(b, DATA_AT + 10);
    // flags (1 byte), reserved (3), canvas width - 1 (24 bits LE), canvas height - 1 (24 bits LE).
    const width = 1 + (b[DATA_AT + 4]! | (b[DATA_AT + 5]! << 8) | (b[DATA_AT + 6]! << 16));
    const height = 1 + (b[DATA_AT + 7]! | (b[DATA_AT + 8]! << 8) | (b[DATA_AT + 9]! << 16));
    return { width, height, chunk, animated: (b[DATA_AT]! & VP8X_ANIMATION) !== 0 };
  }
  if (chunk === 'VP8L') {
    need(b, DATA_AT + 5);
    if (b[DATA_AT] !== VP8L_SIGNATURE) throw corrupt('WebP', 'the lossless bitstream lacks its signature byte');
    // 14 bits width - 1, then 14 bits height - 1, little-endian bit order.
    const bits = b[DATA_AT + 1]! | (b[DATA_AT + 2]! << 8) | (b[DATA_AT + 3]! << 16) | (b[DATA_AT + 4]! << 24);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff), chunk, animated: false };
  }
  if (chunk === 'VP8 ') {
    need(b, DATA_AT + 10);
    // 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height (2 scaling bits above each).
    if (b[DATA_AT + 3] !== 0x9d || b[DATA_AT + 4] !== 0x01 || b[DATA_AT + 5] !== 0x2a) throw corrupt('WebP', 'the lossy bitstream lacks its start code');
    const width = (b[DATA_AT + 6]! | (b[DATA_AT + 7]! << 8)) & 0x3fff;
    const height = (b[DATA_AT + 8]! | (b[DATA_AT + 9]! << 8)) & 0x3fff;
    return { width, height, chunk, animated: false };
  }
  throw corrupt('WebP', `its first chunk is "${chunk.replace(/[^\x20-\x7e]/g, '?')}", not VP8, VP8L or VP8X`);
}
