import { prepareZxingInNode } from '@inkless/import/node';
import { readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import type { Bitmap1 } from '@inkless/label';

/** One symbol a decoder found. */
export interface DecodedSymbol {
  readonly format: string;
  readonly text: string;
  readonly symbologyIdentifier: string;
}

/** Paints a Bitmap1 as RGBA with a white border (scanners need light around a symbol). */
export function bitmapToImageData(bmp: Bitmap1, borderDots = 0): { data: Uint8ClampedArray; width: number; height: number; colorSpace: 'srgb' } {
  const width = bmp.width + 2 * borderDots;
  const height = bmp.height + 2 * borderDots;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < bmp.height; y++) {
    for (let x = 0; x < bmp.width; x++) {
      if (bmp.data[y * bmp.stride + (x >> 3)]! & (0x80 >> (x & 7))) {
        const i = ((y + borderDots) * width + x + borderDots) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width, height, colorSpace: 'srgb' };
}

/** Decodes every barcode ZXing finds in the bitmap (all formats, try harder, GS1 as HRI text). */
export async function decodeBarcodes(bmp: Bitmap1, options: ReaderOptions & { borderDots?: number } = {}): Promise<DecodedSymbol[]> {
  await prepareZxingInNode();
  const { borderDots, ...reader } = options;
  const image = bitmapToImageData(bmp, borderDots ?? 16);
  const results = await readBarcodes(image as unknown as ImageData, { formats: [], tryHarder: true, maxNumberOfSymbols: 16, ...reader });
  return results.filter((r) => r.isValid).map((r) => ({ format: r.format, text: r.text, symbologyIdentifier: r.symbologyIdentifier }));
}
