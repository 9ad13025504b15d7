import type { DecodeSymbols, FoundSymbol } from '@inkless/import';
import type { GreyImage } from '@inkless/label';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// The wasm is one of the studio's own files (hashed, precached by the service worker), never a CDN's.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';


let ready: Promise<unknown> | undefined;

function prepare(): Promise<unknown> {
  ready ??= prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, location.href).href : prefix + path) },
    fireImmediately: true,
  });
  return ready;
}

/** Grey to the RGBA ImageData shape ZXing reads (as the Node edge of @inkless/import does). */
function toImageData(image: GreyImage): ImageData {
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let p = 0, i = 0; p < image.data.length; p++, i += 4) {
    data[i] = data[i + 1] = data[i + 2] = image.data[p]!;
    data[i + 3] = 255;
  }
  return { data, width: image.width, height: image.height, colorSpace: 'srgb' } as ImageData;
}

/**
 * Every 1D and 2D symbol ZXing reads in a grey image, with its box: the same wasm and the same
 * reader options as `decodeSymbolsWithZxing` in Node, so the studio finds (and snaps) the same
 * symbols as `inkless print` and its label has the same dots.
 */
export const decodeSymbolsInBrowser: DecodeSymbols = async (image) => {
  await prepare();
  const results = await readBarcodes(toImageData(image), { formats: [], tryHarder: true, maxNumberOfSymbols: 32 });
  return results.filter((r) => r.isValid).map((r): FoundSymbol => {
    const p = r.position;
    const xs = [p.topLeft.x, p.topRight.x, p.bottomLeft.x, p.bottomRight.x];
    const ys = [p.topLeft.y, p.topRight.y, p.bottomLeft.y, p.bottomRight.y];
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { format: r.format, text: r.text, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
  });
};
