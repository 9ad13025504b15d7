// Test helper: reads barcodes from a GreyImage with ZXing (the decoder `inkless verify` uses).
import { decodeBarcodes } from '../../../cli/src/verify/zxing-decoder';
import { createBitmap, type Bitmap1 } from '@inkless/label';
import type { GreyImage } from '@inkless/label';

/** Thresholds at 50 % (below 128 is ink), as a thermal printer would. */
export function thresholdGrey(grey: GreyImage): Bitmap1 {
  const bmp = createBitmap(grey.width, grey.height);
  for (let y = 0; y < grey.height; y++) {
    for (let x = 0; x < grey.width; x++) if (grey.data[y * grey.width + x]! < 128) bmp.data[y * bmp.stride + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  return bmp;
}

/** The box of a grey image, cut out (pixels). */
export function cropGrey(grey: GreyImage, x: number, y: number, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) data.set(grey.data.subarray((y + row) * grey.width + x, (y + row) * grey.width + x + width), row * width);
  return { width, height, data };
}

/** Every symbol ZXing finds in the 1-bit threshold of `grey`, as "Format:text", sorted. */
export async function decodeGrey(grey: GreyImage): Promise<string[]> {
  const found = await decodeBarcodes(thresholdGrey(grey));
  return found.map((s) => `${s.format}:${s.text}`).sort();
}
