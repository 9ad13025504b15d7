import { InklessError } from '@inkless/label';

/** Widest or tallest picture accepted (pixels): a Letter page at 1200 dpi is 13 200 pixels tall. */
export const MAX_PICTURE_SIDE = 20_000;
/** Most pixels accepted: one grey byte each, so 40 MB for the decoded page. */
export const MAX_PICTURE_PIXELS = 40_000_000;

/** Refuses a picture by the size its header claims, before a single pixel is allocated. */
export function assertPictureSize(format: string, width: number, height: number): void {
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height))) {
    throw new InklessError('INKLESS_IMPORT_PICTURE_INVALID', `${format} header says the picture is ${width}x${height} pixels; the file is corrupt`);
  }
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE || width * height > MAX_PICTURE_PIXELS) {
    throw new InklessError(
      'INKLESS_IMPORT_PICTURE_TOO_LARGE',
      `${format} picture is ${width}x${height} pixels; the limit is ${MAX_PICTURE_SIDE} per side and ${MAX_PICTURE_PIXELS / 1_000_000} megapixels`,
    );
  }
}

export function corrupt(format: string, what: string, cause?: unknown): InklessError {
  return new InklessError('INKLESS_IMPORT_PICTURE_INVALID', `${format} picture is corrupt: ${what}`, cause === undefined ? {} : { cause });
}
