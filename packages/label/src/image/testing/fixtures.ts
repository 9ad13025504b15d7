import { InklessError } from '../../errors/inkless-error';
/**
 * Test-only helpers: small PNG/JPEG files generated on the fly, so no binary fixtures are committed.
 * Production code never imports this file.
 */
import { encode as encodePng, type ImageData } from 'fast-png';
import { encode as encodeJpeg } from 'jpeg-js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Plain base64 with padding (independent of the decoder under test, and free of Buffer). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

export function toDataUri(bytes: Uint8Array, mediaType: string): string {
  return `data:${mediaType};base64,${encodeBase64(bytes)}`;
}

/** A PNG from raw samples (see fast-png's ImageData: channels, depth, palette). */
export function makePng(image: ImageData, options: { interlace?: 'null' | 'Adam7' } = {}): Uint8Array {
  return encodePng(image, options);
}

/** A baseline JPEG from RGBA pixels. */
export function makeJpeg(width: number, height: number, rgba: Uint8Array, quality = 90): Uint8Array {
  return new Uint8Array(encodeJpeg({ width, height, data: rgba }, quality).data);
}

/** Grey pixels from a function of (x, y), as one-channel 8-bit samples. */
export function makeGreySamples(width: number, height: number, grey: (x: number, y: number) => number): Uint8Array {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = grey(x, y);
  return data;
}

/** A deterministic "photo-like" RGBA picture: smooth shading, a disc, stripes and pseudo-random grain. */
export function makePhotoRgba(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const grain = (seed >>> 24) % 24;
      const dx = x - width / 2;
      const dy = y - height / 2;
      const inDisc = dx * dx + dy * dy < (height * height) / 9;
      const base = (x * 255) / width;
      const stripes = ((x + y) >> 4) & 1 ? 30 : 0;
      const i = (y * width + x) * 4;
      data[i] = Math.min(255, (inDisc ? 255 - base : base) + grain);
      data[i + 1] = Math.min(255, (y * 255) / height + stripes);
      data[i + 2] = Math.min(255, 128 + grain + stripes);
      data[i + 3] = 255;
    }
  }
  return data;
}

/** Big-endian u32, for crafting chunk headers. */
export function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** Appends the bits of `value` (MSB first) to a JPEG entropy-coded segment under construction. */
class BitWriter {
  readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;

  write(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.n === 8) this.flushByte();
    }
  }

  /** Pads with 1 bits, as the spec asks. */
  finish(): number[] {
    while (this.n !== 0) this.write(1, 1);
    return this.bytes;
  }

  private flushByte(): void {
    this.bytes.push(this.acc);
    if (this.acc === 0xff) this.bytes.push(0); // byte stuffing
    this.acc = 0;
    this.n = 0;
  }
}

/**
 * A baseline JPEG of flat 8x8 blocks (DC only), for colour models jpeg-js cannot encode: 1 component
 * (grey) or 4 (CMYK, with the Adobe marker that CMYK files carry). `blocks[i][c]` is the sample of
 * component c in block i, blocks left to right in one row.
 */
export function makeFlatJpeg(blocks: readonly (readonly number[])[], options: { adobe?: boolean } = {}): Uint8Array {
  const nc = blocks[0]!.length;
  const seg = (marker: number, body: number[]): number[] => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 255, ...body];
  const width = blocks.length * 8;
  const out: number[] = [0xff, 0xd8];
  if (options.adobe) out.push(...seg(0xee, [...'Adobe'].map((c) => c.charCodeAt(0)).concat([0, 100, 0, 0, 0, 0, 0])));
  out.push(...seg(0xdb, [0, ...new Array<number>(64).fill(8)])); // DQT: all 8, so DC = sample - 128
  const comps = Array.from({ length: nc }, (_, c) => [c + 1, 0x11, 0]).flat();
  out.push(...seg(0xc0, [8, 0, 8, width >> 8, width & 255, nc, ...comps]));
  // DC table: categories 0..11, all 4-bit codes (code = category). AC table: only EOB, code "0".
  out.push(...seg(0xc4, [0x00, 0, 0, 0, 12, ...new Array<number>(12).fill(0), ...Array.from({ length: 12 }, (_, i) => i)]));
  out.push(...seg(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]));
  out.push(...seg(0xda, [nc, ...Array.from({ length: nc }, (_, c) => [c + 1, 0x00]).flat(), 0, 63, 0]));
  const bits = new BitWriter();
  const prev = new Array<number>(nc).fill(0);
  for (const block of blocks) {
    for (let c = 0; c < nc; c++) {
      const dc = block[c]! - 128;
      const diff = dc - prev[c]!;
      prev[c] = dc;
      const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      bits.write(category, 4);
      if (category > 0) bits.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
      bits.write(0, 1); // EOB
    }
  }
  out.push(...bits.finish(), 0xff, 0xd9);
  return new Uint8Array(out);
}

/**
 * A zlib stream that inflates to `length` zero bytes (a decompression bomb), written by hand as one
 * fixed-Huffman block: a literal 0, then "copy 258 bytes from distance 1" repeated (13 bits each).
 */
export function makeZeroBombZlib(length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(((length / 258) * 13 + 64 + 8 * 258) / 8) + 8);
  out.set([0x78, 0x01]);
  let o = 2;
  let acc = 0;
  let n = 0;
  const put = (value: number, bits: number): void => {
    for (let i = 0; i < bits; i++) {
      acc |= ((value >> i) & 1) << n;
      if (++n === 8) {
        out[o++] = acc;
        acc = 0;
        n = 0;
      }
    }
  };
  /** Huffman codes go most significant bit first, inside the LSB-first bit stream. */
  const code = (value: number, bits: number): void => {
    for (let i = bits - 1; i >= 0; i--) put((value >> i) & 1, 1);
  };
  put(1, 1); // final block
  put(1, 2); // fixed Huffman
  code(0x30, 8); // literal 0
  let left = length - 1;
  while (left >= 258) {
    code(0xc5, 8); // length symbol 285 = 258 bytes
    code(0, 5); // distance code 0 = distance 1
    left -= 258;
  }
  for (; left > 0; left--) code(0x30, 8);
  code(0, 7); // end of block (256)
  if (n > 0) out[o++] = acc;
  const b = length % 65521; // Adler-32 of `length` zeros: a = 1, b = length
  out.set(u32(((b << 16) | 1) >>> 0), o);
  return out.subarray(0, o + 4);
}

/** The code of the InklessError a call throws, `no error` when it returns, `not coded: ...` for anything else. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof InklessError ? e.code : `not coded: ${String(e)}`;
  }
  return 'no error';
}
