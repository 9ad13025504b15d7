import { Unzlib } from 'fflate';
import { InklessError } from '../errors/inkless-error';
import { assertImageSize } from './image-limits';

/** The eight bytes every PNG starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Chunks the decoder needs; all others (iCCP, zTXt, ...) are dropped, so none can be inflated. */
const KEPT_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);

/** Allowed bit depths per PNG colour type (PNG spec table 11.1). */
const DEPTHS: Readonly<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Input fed to the inflater per step: deflate expands at most ~1032x, so a step makes at most ~16 MB. */
const INFLATE_STEP = 16384;

/** What IHDR says, checked against the spec. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly colorType: number;
  readonly interlaced: boolean;
}

export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function fail(message: string, path: string): InklessError {
  return new InklessError('INKLESS_IMAGE_DECODE', `PNG ${message}`, { path });
}

/**
 * Wire format: signature, then chunks `<length u32 BE> <type 4 ASCII> <data> <crc u32>`.
 * IHDR data = width u32, height u32, bit depth u8, colour type u8, compression u8, filter u8,
 * interlace u8. Returns the checked header.
 */
export function readPngHeader(bytes: Uint8Array, path = ''): PngHeader {
  if (!hasPngSignature(bytes) || bytes.length < 33) throw fail('is too short to hold a header', path);
  if (readU32(bytes, 8) !== 13 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw fail('does not start with an IHDR chunk', path);
  const width = readU32(bytes, 16);
  const height = readU32(bytes, 20);
  const depth = bytes[24]!;
  const colorType = bytes[25]!;
  assertImageSize(width, height, path);
  if (!DEPTHS[colorType]?.includes(depth)) throw fail(`has colour type ${colorType} with bit depth ${depth}, which the spec does not allow`, path);
  if (bytes[26] !== 0 || bytes[27] !== 0 || bytes[28]! > 1) throw fail('uses an unknown compression, filter or interlace method', path);
  const interlaced = bytes[28] === 1;
  if (interlaced && depth < 8) throw fail(`is interlaced with ${depth}-bit pixels, which is not supported; save it without interlacing`, path);
  return { width, height, depth, colorType, interlaced };
}

/** Bytes the IDAT stream must inflate to: one filter byte per row (of each Adam7 pass) plus the pixels. */
export function expectedPngDataSize(h: PngHeader): number {
  const bits = h.depth * CHANNELS[h.colorType]!;
  const rowBytes = (w: number): number => 1 + Math.ceil((w * bits) / 8);
  if (!h.interlaced) return h.height * rowBytes(h.width);
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((h.width - x0) / dx);
    const rows = Math.ceil((h.height - y0) / dy);
    if (w > 0 && rows > 0) total += rows * rowBytes(w);
  }
  return total;
}

/** Inflates the IDAT stream in small steps, counting bytes, and stops as soon as it is over `limit`. */
function measureInflated(idat: readonly Uint8Array[], limit: number, path: string): number {
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
  });
  try {
    for (const part of idat) {
      for (let at = 0; at < part.length; at += INFLATE_STEP) {
        inflater.push(part.subarray(at, at + INFLATE_STEP), false);
        if (total > limit) throw fail('holds more pixel data than its header says (a decompression bomb?)', path);
      }
    }
    inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof InklessError) throw e;
    throw new InklessError('INKLESS_IMAGE_DECODE', `PNG pixel data is corrupt (${e instanceof Error ? e.message : String(e)})`, { path, cause: e });
  }
  return total;
}

/**
 * Checks a PNG before the real decoder sees it: the size in IHDR against the limits, the chunk
 * layout, and the inflated size of the pixel data (the decoder itself would inflate everything
 * into memory first). Returns a copy holding only the chunks needed to draw the image.
 */
export function precheckPng(bytes: Uint8Array, path = ''): { header: PngHeader; png: Uint8Array } {
  const header = readPngHeader(bytes, path);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  const idat: Uint8Array[] = [];
  let size = 8;
  let at = 8;
  let ended = false;
  while (!ended) {
    if (at + 12 > bytes.length) throw fail('is truncated (no IEND chunk)', path);
    const length = readU32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length) throw fail(`chunk ${JSON.stringify(type)} runs past the end of the file`, path);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (KEPT_CHUNKS.has(type)) {
      kept.push(bytes.subarray(at, end));
      size += end - at;
    }
    ended = type === 'IEND';
    at = end;
  }
  if (idat.length === 0) throw fail('has no image data (IDAT)', path);
  if (header.colorType === 3 && !kept.some((c) => String.fromCharCode(...c.subarray(4, 8)) === 'PLTE')) throw fail('uses a palette but has no PLTE chunk', path);
  const expected = expectedPngDataSize(header);
  const actual = measureInflated(idat, expected + 65_536, path);
  if (actual < expected) throw fail(`pixel data is truncated (${actual} of ${expected} bytes)`, path);
  const png = new Uint8Array(size);
  let o = 0;
  for (const c of kept) {
    png.set(c, o);
    o += c.length;
  }
  return { header, png };
}
