import { convertIndexedToRgb, decode, type DecodedPng } from 'fast-png';
import { createBitmap, MAX_BITMAP_DOTS, type Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';

/** Grey level below which a pixel counts as ink: the midpoint, so 1-bit PNGs round-trip exactly. */
export const INK_THRESHOLD = 128;

/**
 * Reads any PNG back into a Bitmap1 (grey < 128 after compositing on white = ink). Meant for round
 * trips and tests of the encoders; photos should go through the image pipeline's dithering instead.
 *
 * @example
 * const bmp = bitmapFromPng(encodePng1(original)); // same bits as original
 */
export function bitmapFromPng(bytes: Uint8Array): Bitmap1 {
  // IHDR's width and height sit at bytes 16..23; refuse a huge image before decoding allocates it.
  if (bytes.length >= 24) {
    const readU32 = (at: number): number => ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
    const dots = readU32(16) * readU32(20);
    if (dots > MAX_BITMAP_DOTS) {
      throw new InklessError('INKLESS_OUTPUT_BAD_PNG', `the PNG is ${readU32(16)}x${readU32(20)} pixels, over the ${MAX_BITMAP_DOTS} dot limit; scale it down first`);
    }
  }
  let png: DecodedPng;
  try {
    png = decode(bytes);
  } catch (cause) {
    throw new InklessError('INKLESS_OUTPUT_BAD_PNG', 'these bytes are not a readable PNG; export the image again as PNG', { cause });
  }
  const { width, height } = png;
  const bmp = createBitmap(width, height);
  const readGrey = png.palette ? readerForIndexed(png) : readerForDirect(png);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (readGrey(x, y) < INK_THRESHOLD) bmp.data[y * bmp.stride + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return bmp;
}

type GreyReader = (x: number, y: number) => number;

function readerForIndexed(png: DecodedPng): GreyReader {
  const rgb = convertIndexedToRgb(png);
  const channels = rgb.length / (png.width * png.height);
  return (x, y) => {
    const at = (y * png.width + x) * channels;
    return compositeOnWhite(luma(rgb[at]!, rgb[at + 1]!, rgb[at + 2]!), channels === 4 ? rgb[at + 3]! : 255);
  };
}

function readerForDirect(png: DecodedPng): GreyReader {
  const { width, depth, channels, data } = png;
  const colour = channels >= 3;
  const hasAlpha = channels === 2 || channels === 4;
  const max = (1 << depth) - 1;
  const to8 = (v: number): number => (depth === 8 ? v : Math.round((v * 255) / max));
  if (depth < 8) {
    // Packed greyscale rows (1, 2 or 4 bits per sample, MSB first), stride rounded up to bytes.
    const stride = (width * depth + 7) >> 3;
    return (x, y) => {
      const bit = x * depth;
      const byte = data[y * stride + (bit >> 3)]!;
      return to8((byte >> (8 - depth - (bit & 7))) & max);
    };
  }
  return (x, y) => {
    const at = (y * width + x) * channels;
    const grey = colour ? luma(to8(data[at]!), to8(data[at + 1]!), to8(data[at + 2]!)) : to8(data[at]!);
    return compositeOnWhite(grey, hasAlpha ? to8(data[at + channels - 1]!) : 255);
  };
}

/** ITU-R BT.601 luma in integer arithmetic, so every runtime agrees. */
function luma(r: number, g: number, b: number): number {
  return Math.floor((299 * r + 587 * g + 114 * b + 500) / 1000);
}

function compositeOnWhite(grey: number, alpha: number): number {
  return Math.floor((grey * alpha + 255 * (255 - alpha) + 127) / 255);
}
