// Independent check of the ZPL driver: zpl-renderer-js (zebrash, a ZPL renderer in WASM) draws our
// ZPL for every example, and the drawing must equal the engine's bitmap bit for bit and scan.
import { describe, expect, it } from 'vitest';
import { bitmapFromPng } from '@inkless/label/output';
import { blit, createBitmap, type Bitmap1 } from '@inkless/label';
import { ready } from 'zpl-renderer-js';
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { encodeZplLabel } from '../src/drivers/zpl/zpl-driver';
import { renderExamples } from './support/zpl-cpcl-examples';

/** The engine's label where the printer puts it: centred on the head (as the driver places it). */
function placeOnCanvas(bitmap: Bitmap1, headWidthDots: number): Bitmap1 {
  const canvas = createBitmap(headWidthDots, bitmap.height);
  blit(canvas, bitmap, Math.floor((headWidthDots - bitmap.width) / 2), 0);
  return canvas;
}

describe('ZPL oracle (zpl-renderer-js)', () => {
  it('renders every example bit for bit, and ZXing reads every barcode', async () => {
    const { api } = await ready;
    for (const example of await renderExamples()) {
      const { options } = example;
      // Z64 for all, ACS for one small example (each render costs up to 0.7 s).
      const zpl = encodeZplLabel(example.bitmap, options, example.name === 'cjk-label' ? 'acs' : 'z64');
      // Canvas width = ^PW, height = ^LL (zebrash centres a narrower ^PW): size in mm at an exact dpmm.
      const dpmm = options.dpi === 300 ? 12 : 8;
      const png = await api.zplToBase64Async(zpl, options.headWidthDots / dpmm, example.bitmap.height / dpmm, dpmm);
      const drawn = bitmapFromPng(new Uint8Array(Buffer.from(png, 'base64')));
      const expected = placeOnCanvas(example.bitmap, options.headWidthDots);
      expect({ name: example.name, width: drawn.width, height: drawn.height }).toEqual({ name: example.name, width: expected.width, height: expected.height });
      expect(Buffer.from(drawn.data).equals(Buffer.from(expected.data)), `${example.name} differs from the engine`).toBe(true);
      const barcodes = example.document.elements.filter((e) => e.type === 'barcode').length;
      const scanned = await decodeBarcodes(drawn);
      expect(scanned.length, `${example.name}: ${JSON.stringify(scanned)}`).toBe(barcodes);
    }
  }, 180_000);
});
