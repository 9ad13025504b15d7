// The same WebP gives the same grey bytes in Node (wasm read from the package) and in Chromium
// (wasm fetched from the page's origin, the browser's ImageData), lossy and lossless.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePicture } from '../../src/index';
import { loadPictureDecoders, webpWasmPath } from '../../src/node';
import { startLoopbackChromium, type LoopbackChromium } from '../support/loopback-chromium';
import { encodeWebp } from '../support/make-webp';

/** 97 x 61 pixels of every grey, colour and alpha, so lossy rounding has plenty to disagree on. */
function gradient(): Uint8Array {
  const rgba = new Uint8Array(97 * 61 * 4);
  for (let y = 0; y < 61; y++) for (let x = 0; x < 97; x++) rgba.set([(x * 37) & 255, (y * 53) & 255, (x * y) & 255, (x + y * 7) & 255], (y * 97 + x) * 4);
  return rgba;
}

describe('WebP decodes to the same bits in Node and in the browser', () => {
  let chromium: LoopbackChromium;
  const files: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    files['lossy.webp'] = await encodeWebp(gradient(), 97, 61, 'lossy');
    files['lossless.webp'] = await encodeWebp(gradient(), 97, 61, 'lossless');
    chromium = await startLoopbackChromium(fileURLToPath(new URL('./webp-browser-entry.ts', import.meta.url)), {
      '/webp_dec.wasm': ['application/wasm', readFileSync(webpWasmPath())],
      '/lossy.webp': ['image/webp', files['lossy.webp']],
      '/lossless.webp': ['image/webp', files['lossless.webp']],
    });
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
  });

  it.each(['lossy.webp', 'lossless.webp'])('%s: identical grey bytes (SHA-256) in Chromium and in Node', async (name) => {
    const inBrowser = await chromium.call('decodeWebpInBrowser', name);
    const { grey } = decodePicture(files[name]!, await loadPictureDecoders());
    const inNode = { width: grey.width, height: grey.height, sha256: createHash('sha256').update(grey.data).digest('hex') };
    expect(inBrowser).toEqual(inNode);
    expect(new Set(grey.data).size).toBeGreaterThan(50); // a real picture, not a blank
  }, 120_000);
});
