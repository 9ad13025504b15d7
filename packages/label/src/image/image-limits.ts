import { InklessError } from '../errors/inkless-error';

/** Widest or tallest image accepted (pixels). A 600 dpi label 800 mm long is 19 000 dots. */
export const MAX_IMAGE_SIDE = 20_000;
/** Most pixels accepted: a 40 MP photo decodes to about 160 MB, the most a browser tab should risk. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * Refuses an image by the size its header claims, before any pixel is decoded: a 100-byte PNG can
 * claim 100 000 x 100 000 pixels and would otherwise allocate 40 GB (a decompression bomb).
 */
export function assertImageSize(width: number, height: number, path = ''): void {
  if (width <= 0 || height <= 0) {
    throw new InklessError('INKLESS_IMAGE_DECODE', `image header says it is ${width}x${height} pixels; the file is corrupt`, { path });
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    throw new InklessError(
      'INKLESS_IMAGE_TOO_LARGE',
      `image is ${width}x${height} pixels; the limit is ${MAX_IMAGE_SIDE} per side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels, so scale it down first`,
      { path },
    );
  }
}
