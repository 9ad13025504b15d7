import type { Bitmap1 } from '@inkless/label';

// Canvas pixels are RGBA bytes; read as little-endian 32-bit words that is 0xAABBGGRR.
const INK = 0xff000000;
const PAPER = 0xffffffff;

/**
 * Writes a 1-bit bitmap into canvas pixels, one pixel per dot, black ink on white: the exact
 * bits, no scaling (the canvas element is scaled by CSS). `image` must be the bitmap's size.
 * Assumes a little-endian machine, as every browser platform is.
 */
export function writeBitmapPixels(bitmap: Bitmap1, image: ImageData): void {
  const pixels = new Uint32Array(image.data.buffer, image.data.byteOffset, image.width * image.height);
  const { width, height, stride, data } = bitmap;
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    let out = y * width;
    for (let x = 0; x < width; x += 8) {
      const byte = data[row + (x >> 3)]!;
      const n = Math.min(8, width - x);
      if (byte === 0) {
        pixels.fill(PAPER, out, out + n);
      } else {
        for (let bit = 0; bit < n; bit++) pixels[out + bit] = byte & (0x80 >> bit) ? INK : PAPER;
      }
      out += n;
    }
  }
}

