import { readSymbolsWithZxing, type DecodeSymbols } from '@inkless/import';
import { prepareZXingModule } from 'zxing-wasm/reader';
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

/**
 * Every 1D and 2D symbol ZXing reads in a grey image, with its box: the same wasm and the same
 * reader (`readSymbolsWithZxing`) as `decodeSymbolsWithZxing` in Node, so the studio finds (and
 * snaps) the same symbols as `inkless print` and its label has the same dots.
 */
export const decodeSymbolsInBrowser: DecodeSymbols = async (image, formats) => {
  await prepare();
  return readSymbolsWithZxing(image, formats);
};
