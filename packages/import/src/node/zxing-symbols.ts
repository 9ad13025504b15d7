import { prepareZXingModule } from 'zxing-wasm/reader';
import type { DecodeSymbols } from '../barcodes/found-symbol';
import { readSymbolsWithZxing } from '../barcodes/read-with-zxing';
import { readInstalledWasm } from './installed-wasm';

let ready: Promise<unknown> | undefined;

/**
 * Loads ZXing's wasm from the installed package file, once; zxing-wasm would otherwise fetch it from
 * a CDN. Every Node host that reads barcodes (`inkless verify` too) prepares it here.
 */
export function prepareZxingInNode(): Promise<unknown> {
  ready ??= (async () => prepareZXingModule({ overrides: { wasmBinary: readInstalledWasm('zxing-wasm/reader/zxing_reader.wasm') }, fireImmediately: true }))();
  return ready;
}

/**
 * Every 1D and 2D symbol ZXing reads in a grey image, with its box in that image's pixels.
 *
 * @example
 * const before = await decodeSymbolsWithZxing(page.grey);
 */
export const decodeSymbolsWithZxing: DecodeSymbols = async (image, formats) => {
  await prepareZxingInNode();
  return readSymbolsWithZxing(image, formats);
};
