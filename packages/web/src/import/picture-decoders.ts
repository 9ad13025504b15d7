import { createWebpDecoder, type PictureDecoders } from '@inkless/import';
// libwebp's wasm is one of the studio's own files (hashed, precached by the service worker), fetched
// from this origin, never from a CDN (decision 014); Node reads the same file from the package.
import webpWasmUrl from '@jsquash/webp/codec/dec/webp_dec.wasm?url';

let decoders: Promise<PictureDecoders> | undefined;

/** The picture decoders that need WebAssembly (WebP), started on first use and kept; a failed start is tried again next time. */
export function loadBrowserPictureDecoders(): Promise<PictureDecoders> {
  decoders ??= (async () => {
    const res = await fetch(new URL(webpWasmUrl, location.href));
    if (!res.ok) throw new Error(`the WebP decoder could not be loaded (${res.status})`);
    return { webp: await createWebpDecoder(await res.arrayBuffer()) };
  })().catch((e: unknown) => {
    decoders = undefined;
    throw e;
  });
  return decoders;
}
