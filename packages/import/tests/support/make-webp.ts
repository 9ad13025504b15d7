// WebP files made by the tests themselves, with libwebp's encoder from the same package as the
// decoder (jSquash's wasm build), so no fixture and no cwebp are needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WebpEncoder {
  encode(rgba: Uint8Array, width: number, height: number, options: Record<string, number>): Uint8Array | null;
}

const require = createRequire(import.meta.url);
let encoder: Promise<WebpEncoder> | undefined;

function loadEncoder(): Promise<WebpEncoder> {
  encoder ??= (async () => {
    const { default: factory } = (await import('@jsquash/webp/codec/enc/webp_enc.js')) as unknown as {
      default: (options: object) => Promise<WebpEncoder>;
    };
    const wasm = readFileSync(require.resolve('@jsquash/webp/codec/enc/webp_enc.wasm'));
    return factory({ noInitialRun: true, wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength), locateFile: () => '' });
  })();
  return encoder;
}

/** RGBA (straight alpha) to a WebP file: lossless (VP8L) or lossy (VP8, with an ALPH chunk when alpha is used). */
export async function encodeWebp(rgba: Uint8Array, width: number, height: number, mode: 'lossless' | 'lossy'): Promise<Uint8Array> {
  const { defaultOptions } = (await import('@jsquash/webp/meta.js')) as unknown as { defaultOptions: Record<string, number> };
  const out = (await loadEncoder()).encode(rgba, width, height, { ...defaultOptions, quality: 90, lossless: mode === 'lossless' ? 1 : 0 });
  if (!out) throw new Error('libwebp could not encode the test picture');
  return out.slice();
}

/** Grey bytes (one per pixel) to opaque RGBA, for encoding a rendered page. */
export function greyToRgba(grey: { width: number; height: number; data: Uint8Array }): Uint8Array {
  const rgba = new Uint8Array(grey.width * grey.height * 4);
  grey.data.forEach((v, p) => rgba.set([v, v, v, 255], p * 4));
  return rgba;
}

/** A still WebP whose extended (VP8X) header claims width x height pixels, and nothing after it: a decoder that trusted it would allocate 40 GB. */
export function webpClaiming(width: number, height: number): Uint8Array {
  const b = new Uint8Array(32);
  const v = new DataView(b.buffer);
  b.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
  v.setUint32(4, b.length - 8, true);
  b.set([...'WEBPVP8X'].map((c) => c.charCodeAt(0)), 8);
  v.setUint32(16, 10, true);
  v.setUint32(24, (width - 1) & 0xffffff, true);
  v.setUint32(27, (height - 1) & 0xffffff, true);
  return b;
}
