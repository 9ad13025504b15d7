import type { PictureDecoders } from '../picture/decode-picture';
import { createWebpDecoder } from '../picture/decode-webp';
import { installedFilePath, readInstalledWasm } from './installed-wasm';

const WEBP_WASM = '@jsquash/webp/codec/dec/webp_dec.wasm';

let decoders: Promise<PictureDecoders> | undefined;

/** Path of libwebp's decoder wasm inside the installed `@jsquash/webp` package. */
export function webpWasmPath(): string {
  return installedFilePath(WEBP_WASM);
}

/**
 * The picture decoders that need WebAssembly (WebP), their wasm read from the installed package
 * (never from the network), started once and shared.
 *
 * @example
 * const picture = decodePicture(readFileSync('label.webp'), await loadPictureDecoders());
 */
export function loadPictureDecoders(): Promise<PictureDecoders> {
  decoders ??= (async () => ({ webp: await createWebpDecoder(readInstalledWasm(WEBP_WASM)) }))();
  return decoders;
}
