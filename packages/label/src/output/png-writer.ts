import { deflateBytes } from './deflate';
import { computeCrc32 } from './crc32';

/**
 * The smallest PNG container writer Inkless needs: IHDR, one IDAT, IEND (plus an optional pHYs so
 * viewers know the physical size). Wire format (PNG 1.2 / ISO 15948):
 *   signature 89 50 4E 47 0D 0A 1A 0A
 *   chunk = length:u32be  type:4 ASCII  data  crc32(type+data):u32be
 *   IHDR  = width:u32 height:u32 bitDepth:u8 colourType:u8 compression=0 filter=0 interlace=0
 *   IDAT  = zlib(for each row: filterType:u8 + row bytes)
 */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** Colour type 0: greyscale, the only one Inkless writes. */
export const PNG_COLOUR_GREYSCALE = 0;
/** Filter type 0 (None): 1-bit label art compresses best unfiltered and it keeps the writer trivial. */
const FILTER_NONE = 0;
/** pHYs unit 1 = pixels per metre. */
const PHYS_UNIT_METRE = 1;

export interface PngImage {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: 1 | 8;
  /** Bytes per row without the filter byte. */
  readonly rowBytes: number;
  /** `height` rows of `rowBytes`, already in PNG sample order. */
  readonly rows: Uint8Array;
  /** Optional resolution, written as a pHYs chunk so viewers can show the physical size. */
  readonly dpi?: number | undefined;
}

/** Writes a greyscale PNG from raw, unfiltered rows. Deterministic: same input, same bytes. */
export function writeGreyscalePng(image: PngImage): Uint8Array {
  const { width, height, bitDepth, rowBytes, rows } = image;
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (rowBytes + 1);
    raw[at] = FILTER_NONE;
    raw.set(rows.subarray(y * rowBytes, (y + 1) * rowBytes), at + 1);
  }
  const ihdr = new Uint8Array(13);
  writeU32(ihdr, 0, width);
  writeU32(ihdr, 4, height);
  ihdr[8] = bitDepth;
  ihdr[9] = PNG_COLOUR_GREYSCALE;
  const chunks = [makeChunk('IHDR', ihdr)];
  if (image.dpi !== undefined && image.dpi > 0) {
    const phys = new Uint8Array(9);
    const perMetre = Math.round((image.dpi * 10000) / 254);
    writeU32(phys, 0, perMetre);
    writeU32(phys, 4, perMetre);
    phys[8] = PHYS_UNIT_METRE;
    chunks.push(makeChunk('pHYs', phys));
  }
  chunks.push(makeChunk('IDAT', deflateBytes(raw)));
  chunks.push(makeChunk('IEND', new Uint8Array(0)));
  return concatBytes([Uint8Array.from(PNG_SIGNATURE), ...chunks]);
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeU32(out, 8 + data.length, computeCrc32(out.subarray(4, 8 + data.length)));
  return out;
}

function writeU32(buf: Uint8Array, at: number, value: number): void {
  buf[at] = (value >>> 24) & 0xff;
  buf[at + 1] = (value >>> 16) & 0xff;
  buf[at + 2] = (value >>> 8) & 0xff;
  buf[at + 3] = value & 0xff;
}

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
