import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The path of a file inside an installed package (`'@hyzyla/pdfium/pdfium.wasm'`). */
export function installedFilePath(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

/**
 * A WebAssembly file of an installed package, read from disk as an ArrayBuffer of exactly its
 * bytes: how every engine of this package is started in Node, never fetched from the network.
 *
 * @example
 * const wasmBinary = readInstalledWasm('zxing-wasm/reader/zxing_reader.wasm');
 */
export function readInstalledWasm(specifier: string): ArrayBuffer {
  const bytes = readFileSync(installedFilePath(specifier));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
