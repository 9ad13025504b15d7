import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PictureDecoders } from '../picture/decode-picture';
import { createWebpDecoder } from '../picture/decode-webp';

let decoders: Promise<PictureDecoders> | undefined;

/** Path of libwebp's decoder wasm inside the installed `@jsquash/webp` package. */
export function webpWasmPath(): string {
  return createRequire(import.meta.url).resolve('@jsquash/webp/codec/dec/webp_dec.wasm');
}

/**
 * The picture decoders that need WebAssembly (WebP), their wasm read from the installed package
 * (never from the network), started once and shared.
 *
 * @example
 * const picture = decodePicture(readFileSync('label.webp'), await loadPictureDecoders());
 */
export function loadPictureDecoders(): Promise<PictureDecoders> {
  decoders ??= (async () => {
    const bytes = readFileSync(webpWasmPath());
    return { webp: await createWebpDecoder(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
  })();
  return decoders;
}
