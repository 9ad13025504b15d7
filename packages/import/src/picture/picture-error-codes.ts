/** Codes raised while decoding a picture file (PNG, JPEG, GIF, BMP, TIFF, WebP). */
export const pictureErrorCodes = {
  INKLESS_IMPORT_PICTURE_INVALID: 'The picture is truncated or corrupt, or uses a feature the decoder lacks.',
  INKLESS_IMPORT_PICTURE_TOO_LARGE: 'The picture claims more pixels than a label page needs (the message gives its size and the limit); it is refused before decoding.',
  INKLESS_IMPORT_PICTURE_UNSUPPORTED: 'The picture cannot be decoded here: an animated WebP, or a WebP where the host did not load the WebP decoder; save it as a still WebP or a PNG first.',
} as const;
