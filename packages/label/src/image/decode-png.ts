import { decode, type DecodedPng } from 'fast-png';
import { InklessError } from '../errors/inkless-error';
import { compositeOverWhite, weighLuminance, type GreyImage } from './grey-image';
import { precheckPng } from './png-precheck';

/** 16-bit samples to 8 bits, rounded. */
function to8(v: number): number {
  return Math.floor((v * 255 + 32767) / 65535);
}

/** Luminance of every palette entry, transparency (tRNS) already laid over white. */
function weighPalette(png: DecodedPng, path: string): Uint8Array {
  const palette = png.palette ?? [];
  if (palette.length === 0 || palette.length > 256) throw new InklessError('INKLESS_IMAGE_DECODE', 'PNG palette is empty or too long', { path });
  const lut = new Uint8Array(palette.length);
  palette.forEach(([r = 0, g = 0, b = 0, a = 255], i) => {
    lut[i] = compositeOverWhite(weighLuminance(r, g, b), a);
  });
  return lut;
}

/** Palette and 1/2/4-bit grey images: samples packed MSB-first, each row starting on a byte. */
function convertPacked(png: DecodedPng, out: Uint8Array, path: string): void {
  const { width, height, depth, data } = png;
  const isPalette = png.palette !== undefined;
  const lut = isPalette ? weighPalette(png, path) : null;
  const max = (1 << depth) - 1;
  const transparent = !isPalette && png.transparency ? png.transparency[0] : -1;
  const rowBytes = Math.ceil((width * depth) / 8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = x * depth;
      const v = (data[y * rowBytes + (bit >> 3)]! >> (8 - depth - (bit & 7))) & max;
      let g: number;
      if (lut) {
        if (v >= lut.length) throw new InklessError('INKLESS_IMAGE_DECODE', `PNG pixel (${x}, ${y}) uses palette entry ${v}, but the palette has ${lut.length}`, { path });
        g = lut[v]!;
      } else {
        g = v === transparent ? 255 : Math.floor((v * 255) / max);
      }
      out[y * width + x] = g;
    }
  }
}

/** 16-bit samples scaled to 8 bits; 8-bit samples as they are. */
function to8BitSamples(png: DecodedPng): ArrayLike<number> {
  if (png.depth !== 16) return png.data;
  const out = new Uint8Array(png.data.length);
  for (let i = 0; i < out.length; i++) out[i] = to8(png.data[i]!);
  return out;
}

/** 8- and 16-bit grey, grey+alpha, RGB and RGBA; simple transparency (tRNS) compares raw samples. */
function convertWhole(png: DecodedPng, out: Uint8Array): void {
  const raw = png.data;
  const s = to8BitSamples(png);
  const t = png.transparency;
  const n = png.width * png.height;
  switch (png.channels) {
    case 1:
      for (let p = 0; p < n; p++) out[p] = t && raw[p] === t[0] ? 255 : s[p]!;
      return;
    case 2:
      for (let p = 0, i = 0; p < n; p++, i += 2) out[p] = compositeOverWhite(s[i]! << 8, s[i + 1]!);
      return;
    case 3:
      for (let p = 0, i = 0; p < n; p++, i += 3) {
        const clear = t !== undefined && raw[i] === t[0] && raw[i + 1] === t[1] && raw[i + 2] === t[2];
        out[p] = clear ? 255 : (weighLuminance(s[i]!, s[i + 1]!, s[i + 2]!) + 128) >> 8;
      }
      return;
    default:
      for (let p = 0, i = 0; p < n; p++, i += 4) out[p] = compositeOverWhite(weighLuminance(s[i]!, s[i + 1]!, s[i + 2]!), s[i + 3]!);
  }
}

/**
 * Decodes PNG bytes to luminance over white. Every bit depth and colour type of the spec is read;
 * the size is checked before decoding (see precheckPng). Throws INKLESS_IMAGE_DECODE / _TOO_LARGE.
 */
export function decodePngToGrey(bytes: Uint8Array, path = ''): GreyImage {
  const { header, png: clean } = precheckPng(bytes, path);
  let png: DecodedPng;
  try {
    png = decode(clean);
  } catch (e) {
    throw new InklessError('INKLESS_IMAGE_DECODE', `PNG could not be decoded (${e instanceof Error ? e.message : String(e)})`, { path, cause: e });
  }
  if (png.width !== header.width || png.height !== header.height) {
    throw new InklessError('INKLESS_IMAGE_DECODE', 'PNG decoder disagrees with the header about the size', { path });
  }
  const out = new Uint8Array(png.width * png.height);
  if (png.depth < 8 || png.palette !== undefined) convertPacked(png, out, path);
  else convertWhole(png, out);
  return { width: png.width, height: png.height, data: out };
}
