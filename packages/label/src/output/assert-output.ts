import type { Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';

/** Refuses a bitmap with no dots: PNG, SVG and PDF all need at least one row and column. */
export function assertNonEmptyBitmap(bmp: Bitmap1, path = 'bitmap'): void {
  if (bmp.width < 1 || bmp.height < 1) {
    throw new InklessError('INKLESS_OUTPUT_EMPTY', `the bitmap is ${bmp.width}x${bmp.height} dots; render a label with at least 1x1 dots`, { path });
  }
}

/** Refuses sizes that would make a broken file: zero, negative, NaN or infinite. */
export function assertPositive(value: number, path: string, what: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InklessError('INKLESS_OUTPUT_BAD_SIZE', `${what} must be a positive number, got ${value}`, { path });
  }
}
