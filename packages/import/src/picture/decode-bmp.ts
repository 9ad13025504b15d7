import { assertPictureSize, corrupt } from './picture-limits';
import { compositeOverWhite, weighLuminance, type GreyImage } from './grey';

/** BMP header fields this decoder reads (BITMAPINFOHEADER and its V4/V5 successors; OS/2 core). */
interface BmpHeader {
  readonly width: number;
  readonly height: number;
  readonly bottomUp: boolean;
  readonly bits: number;
  readonly compression: number;
  readonly pixelOffset: number;
  readonly paletteOffset: number;
  readonly paletteEntrySize: number;
  readonly paletteCount: number;
  readonly pixelsPerMetre: number;
}

const BI_RGB = 0;
const BI_BITFIELDS = 3;

function readHeader(b: Uint8Array): BmpHeader {
  if (b.length < 26) throw corrupt('BMP', `the file ends after ${b.length} bytes, inside the header`);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const pixelOffset = v.getUint32(10, true);
  const dibSize = v.getUint32(14, true);
  if (dibSize === 12) {
    // OS/2 BITMAPCOREHEADER: 16-bit sizes, 3-byte palette entries.
    const bits = v.getUint16(24, true);
    return { width: v.getUint16(18, true), height: v.getUint16(20, true), bottomUp: true, bits, compression: BI_RGB, pixelOffset, paletteOffset: 26, paletteEntrySize: 3, paletteCount: bits <= 8 ? 1 << bits : 0, pixelsPerMetre: 0 };
  }
  if (dibSize < 40 || b.length < 14 + 40) throw corrupt('BMP', `its info header is ${dibSize} bytes, not one this decoder knows`);
  const rawHeight = v.getInt32(22, true);
  const bits = v.getUint16(28, true);
  const used = v.getUint32(46, true);
  const masksAfter = dibSize === 40 && v.getUint32(30, true) === BI_BITFIELDS ? 12 : 0;
  return {
    width: v.getInt32(18, true),
    height: Math.abs(rawHeight),
    bottomUp: rawHeight > 0,
    bits,
    compression: v.getUint32(30, true),
    pixelOffset,
    paletteOffset: 14 + dibSize + masksAfter,
    paletteEntrySize: 4,
    paletteCount: bits <= 8 ? (used > 0 && used <= 256 ? used : 1 << bits) : 0,
    pixelsPerMetre: v.getInt32(38, true),
  };
}

/** Luminance of every palette entry. */
function readPalette(b: Uint8Array, h: BmpHeader): Uint8Array {
  const end = h.paletteOffset + h.paletteCount * h.paletteEntrySize;
  if (end > b.length) throw corrupt('BMP', `its palette of ${h.paletteCount} colours runs past the end of the file`);
  const lut = new Uint8Array(256);
  for (let i = 0; i < h.paletteCount; i++) {
    const o = h.paletteOffset + i * h.paletteEntrySize;
    lut[i] = compositeOverWhite(weighLuminance(b[o + 2]!, b[o + 1]!, b[o]!), 255);
  }
  return lut;
}

/**
 * Decodes an uncompressed BMP (1, 4, 8, 24 or 32 bits per pixel; 32-bit as BGRX/BGRA) to luminance.
 * RLE and 16-bit BMPs are refused by name. The size is checked before any pixel is allocated.
 */
export function decodeBmp(b: Uint8Array): { grey: GreyImage; dpi?: number } {
  const h = readHeader(b);
  assertPictureSize('BMP', h.width, h.height);
  if (![1, 4, 8, 24, 32].includes(h.bits)) throw corrupt('BMP', `${h.bits} bits per pixel is not supported (1, 4, 8, 24 and 32 are)`);
  if (h.compression !== BI_RGB && !(h.compression === BI_BITFIELDS && h.bits === 32)) {
    throw corrupt('BMP', `compression method ${h.compression} (RLE or embedded JPEG/PNG) is not supported; save it uncompressed`);
  }
  const rowBytes = Math.ceil((h.width * h.bits) / 32) * 4;
  if (h.pixelOffset + rowBytes * h.height > b.length) {
    throw corrupt('BMP', `the pixels need ${rowBytes * h.height} bytes from offset ${h.pixelOffset}, but the file has ${b.length} bytes`);
  }
  const lut = h.bits <= 8 ? readPalette(b, h) : null;
  const alpha = h.bits === 32 && hasAlpha(b, h, rowBytes);
  const data = new Uint8Array(h.width * h.height);
  for (let y = 0; y < h.height; y++) {
    const row = h.pixelOffset + (h.bottomUp ? h.height - 1 - y : y) * rowBytes;
    for (let x = 0; x < h.width; x++) {
      let g: number;
      if (lut) {
        const bit = x * h.bits;
        g = lut[(b[row + (bit >> 3)]! >> (8 - h.bits - (bit & 7))) & ((1 << h.bits) - 1)]!;
      } else {
        const o = row + x * (h.bits >> 3);
        g = compositeOverWhite(weighLuminance(b[o + 2]!, b[o + 1]!, b[o]!), alpha ? b[o + 3]! : 255);
      }
      data[y * h.width + x] = g;
    }
  }
  const dpi = h.pixelsPerMetre > 0 ? Math.round(h.pixelsPerMetre * 0.0254) : undefined;
  return dpi ? { grey: { width: h.width, height: h.height, data }, dpi } : { grey: { width: h.width, height: h.height, data } };
}

/** 32-bit BMPs often leave the fourth byte 0 (no alpha): only when some byte is non-zero is it alpha. */
function hasAlpha(b: Uint8Array, h: BmpHeader, rowBytes: number): boolean {
  for (let i = h.pixelOffset + 3; i < h.pixelOffset + rowBytes * h.height; i += 4) if (b[i] !== 0) return true;
  return false;
}
