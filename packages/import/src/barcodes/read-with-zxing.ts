import { readBarcodes } from 'zxing-wasm/reader';
import type { GreyImage } from '../picture/grey';
import type { FoundSymbol } from './found-symbol';

/** What readBarcodes takes, named without the DOM library (hosts such as the server compile without it). */
type ZxingInput = Parameters<typeof readBarcodes>[0];
type ReaderFormats = NonNullable<NonNullable<Parameters<typeof readBarcodes>[1]>['formats']>;

/** Grey to the RGBA ImageData shape ZXing reads. */
function toImageData(image: GreyImage): ZxingInput {
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let p = 0, i = 0; p < image.data.length; p++, i += 4) {
    data[i] = data[i + 1] = data[i + 2] = image.data[p]!;
    data[i + 3] = 255;
  }
  return { data, width: image.width, height: image.height, colorSpace: 'srgb' } as unknown as ZxingInput;
}

/**
 * Every 1D and 2D symbol ZXing reads in a grey image, with its box in that image's pixels: one set
 * of reader options for every host, so the studio and `inkless print` find (and snap) the same
 * symbols. `formats`: only these (ZXing's names), or every one when empty. The host must have prepared ZXing's wasm first (from the installed file in Node, from
 * its own bundle in the browser), or zxing-wasm would fetch it from a CDN.
 */
export async function readSymbolsWithZxing(image: GreyImage, formats: readonly string[] = []): Promise<FoundSymbol[]> {
  // An empty list reads every format; a list reads only those (faster: the label's check looks for what the source had).
  const results = await readBarcodes(toImageData(image), { formats: formats as ReaderFormats, tryHarder: true, maxNumberOfSymbols: 32 });
  return results.filter((r) => r.isValid).map((r): FoundSymbol => {
    const p = r.position;
    const xs = [p.topLeft.x, p.topRight.x, p.bottomLeft.x, p.bottomRight.x];
    const ys = [p.topLeft.y, p.topRight.y, p.bottomLeft.y, p.bottomRight.y];
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { format: r.format, text: r.text, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
  });
}
