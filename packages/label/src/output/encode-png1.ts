import type { Bitmap1 } from '../bitmap/bitmap1';
import { assertNonEmptyBitmap } from './assert-output';
import { writeGreyscalePng } from './png-writer';

export interface Png1Options {
  /** Printer resolution; written as pHYs so image viewers and print dialogs know the real size. */
  readonly dpi?: number;
}

/**
 * Encodes the label exactly as it prints: a 1-bit greyscale PNG, one pixel per printer dot.
 * PNG greyscale has 0 = black, so ink bits are inverted; padding bits stay 0.
 *
 * @example
 * const png = encodePng1(bitmap, { dpi: 203 });
 */
export function encodePng1(bmp: Bitmap1, options: Png1Options = {}): Uint8Array {
  assertNonEmptyBitmap(bmp);
  const { width, height, stride } = bmp;
  const rows = new Uint8Array(stride * height);
  const tail = width & 7;
  const lastMask = tail === 0 ? 0xff : (0xff00 >> tail) & 0xff;
  for (let y = 0; y < height; y++) {
    const at = y * stride;
    for (let i = 0; i < stride; i++) rows[at + i] = ~bmp.data[at + i]! & 0xff;
    rows[at + stride - 1]! &= lastMask;
  }
  return writeGreyscalePng({ width, height, bitDepth: 1, rowBytes: stride, rows, dpi: options.dpi });
}
