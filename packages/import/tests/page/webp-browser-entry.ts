// Bundled for headless Chromium by webp-same-bits.test.ts: the studio's path (the wasm fetched from
// its own origin, decodePicture as the import screen calls it) with the browser's own ImageData.
import { createWebpDecoder, decodePicture } from '../../src/index';

async function decodeWebpInBrowser(name: string): Promise<{ width: number; height: number; sha256: string }> {
  const webp = await createWebpDecoder(await (await fetch('/webp_dec.wasm')).arrayBuffer());
  const { grey } = decodePicture(new Uint8Array(await (await fetch(`/${name}`)).arrayBuffer()), { webp });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', grey.data as Uint8Array<ArrayBuffer>));
  return { width: grey.width, height: grey.height, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
}

(globalThis as unknown as { decodeWebpInBrowser: typeof decodeWebpInBrowser }).decodeWebpInBrowser = decodeWebpInBrowser;
