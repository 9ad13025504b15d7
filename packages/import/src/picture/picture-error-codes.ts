/** Codes raised while decoding a picture file (PNG, JPEG, GIF, BMP, TIFF, WebP). */
export const pictureErrorCodes = {
  INKLESS_IMPORT_PICTURE_INVALID: 'The picture is truncated or corrupt, or uses a feature the decoder lacks.',
} as const;
