// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- hosts that compile this file under their own tsconfig (the server) need the codec's declaration too
/// <reference path="./webp-codec-module.d.ts" />
import { InklessError } from '@inkless/label';
import createWebpCodec from './webp-codec-module.js';
import { rgbaToGrey, type GreyImage } from './grey';
import { assertPictureSize, corrupt } from './picture-limits';
import { readWebpHeader } from './webp-header';

/**
 * libwebp compiled to WebAssembly, started once by a host: Node reads the wasm from the installed
 * package (`loadPictureDecoders` in `@inkless/import/node`), the studio fetches it from its own origin.
 * The same wasm decodes in both, so the same file gives the same pixels.
 */
export interface WebpDecoder {
  /** Straight-alpha RGBA of a WebP file whose header was checked; undefined when libwebp refuses it. */
  decodeRgba(bytes: Uint8Array): { width: number; height: number; data: Uint8ClampedArray } | undefined;
}

/**
 * Starts the WebP decoder from the bytes of `@jsquash/webp/codec/dec/webp_dec.wasm`; nothing is fetched.
 *
 * @example
 * const webp = await createWebpDecoder(await (await fetch(webpWasmUrl)).arrayBuffer());
 */
export async function createWebpDecoder(wasmBinary: ArrayBuffer): Promise<WebpDecoder> {
  // locateFile answers before the module would build a URL next to its script (the bytes are given).
  const codec = await createWebpCodec({ noInitialRun: true, wasmBinary, locateFile: () => '' });
  return { decodeRgba: (bytes) => codec.decode(bytes) ?? undefined };
}

/**
 * Decodes a still WebP (lossy, lossless, with or without alpha) to luminance over white paper.
 * The size in its header is checked against the picture limits before libwebp allocates a pixel.
 */
export function decodeWebp(b: Uint8Array, decoder: WebpDecoder): { grey: GreyImage } {
  const header = readWebpHeader(b);
  if (header.animated) {
    throw new InklessError('INKLESS_IMPORT_PICTURE_UNSUPPORTED', 'the WebP picture is an animation; export one frame as a still WebP or PNG and try again');
  }
  assertPictureSize('WebP', header.width, header.height);
  const rgba = decoder.decodeRgba(b);
  if (!rgba) throw corrupt('WebP', `libwebp could not decode its ${header.chunk.trim()} data (${b.length} bytes); the file is truncated or damaged`);
  if (rgba.width !== header.width || rgba.height !== header.height) {
    throw corrupt('WebP', `the header says ${header.width}x${header.height} pixels but the picture is ${rgba.width}x${rgba.height}`);
  }
  return { grey: rgbaToGrey(rgba.data, rgba.width, rgba.height) };
}
