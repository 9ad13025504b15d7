// Node-only test oracle: decodes a Bitmap1 with zxing-wasm 3.1.4, offline (the wasm is read from
// node_modules instead of fetched from a CDN; see protocols.md §6.2).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { getPixel, type Bitmap1 } from '../../src/bitmap/bitmap1';

export interface Decoded {
  readonly format: string;
  readonly text: string;
  readonly symbologyIdentifier: string;
}

let ready: Promise<unknown> | undefined;

function prepare(): Promise<unknown> {
  if (!ready) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
    ready = prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true }) as Promise<unknown>;
  }
  return ready;
}

/** An ImageData-like RGBA view (ink black, blank white) with a white margin of `pad` pixels. */
export function toImageData(bmp: Bitmap1, pad = 8): { data: Uint8ClampedArray; width: number; height: number } {
  const width = bmp.width + 2 * pad;
  const height = bmp.height + 2 * pad;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < bmp.height; y++) {
    for (let x = 0; x < bmp.width; x++) {
      if (!getPixel(bmp, x, y)) continue;
      const i = ((y + pad) * width + x + pad) * 4;
      data[i] = 0; data[i + 1] = 0; data[i + 2] = 0;
    }
  }
  return { data, width, height };
}

/** Every symbol zxing-wasm finds in the bitmap (all formats, tryHarder, HRI text). */
export async function decodeBitmap(bmp: Bitmap1, options: ReaderOptions = {}): Promise<Decoded[]> {
  await prepare();
  const results = await readBarcodes(toImageData(bmp) as unknown as ImageData, { formats: [], tryHarder: true, maxNumberOfSymbols: 4, ...options });
  return results.filter((r) => r.isValid).map((r) => ({ format: r.format, text: r.text, symbologyIdentifier: r.symbologyIdentifier }));
}
