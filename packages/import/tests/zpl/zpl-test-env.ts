// Test helpers for ZPL: the bundled fonts read from their npm packages, ZXing loaded from its
// installed wasm (never the network), and the fixtures. Reusable by other import tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FontSet, registerBundledFonts, type Bitmap1, type RenderEnv } from '@inkless/label';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let env: RenderEnv | undefined;

/** A render environment with the bundled fonts, read lazily. */
export function testRenderEnv(): RenderEnv {
  if (env) return env;
  const fonts = new FontSet();
  registerBundledFonts(fonts, (face) => {
    const path = join(dirname(require.resolve(`${face.packageName}/package.json`)), face.file);
    let bytes: Uint8Array | undefined;
    return { family: face.family, bold: face.bold, italic: face.italic, get data() { return (bytes ??= new Uint8Array(readFileSync(path))); } };
  });
  env = { fonts };
  return env;
}

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

let ready: Promise<unknown> | undefined;

/** Every symbol ZXing reads in a bitmap (16-dot white border), as { format, text }. */
export async function decodeAll(bmp: Bitmap1, options: { isPure?: boolean } = {}): Promise<{ format: string; text: string }[]> {
  ready ??= (async () => {
    const bytes = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    return prepareZXingModule({ overrides: { wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, fireImmediately: true });
  })();
  await ready;
  const border = 16;
  const width = bmp.width + 2 * border;
  const height = bmp.height + 2 * border;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < bmp.height; y++) {
    for (let x = 0; x < bmp.width; x++) {
      if (bmp.data[y * bmp.stride + (x >> 3)]! & (0x80 >> (x & 7))) {
        const i = ((y + border) * width + x + border) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  const results = await readBarcodes({ data, width, height, colorSpace: 'srgb' } as unknown as ImageData, { formats: [], tryHarder: true, maxNumberOfSymbols: 16, ...options });
  return results.filter((r) => r.isValid).map((r) => ({ format: r.format, text: r.text }));
}
