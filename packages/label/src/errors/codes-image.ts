/** Codes of the image area: reading an image element's `src`, decoding it and turning it into dots. */
export const imageErrorCodes = {
  INKLESS_IMAGE_SRC_INVALID: 'The image src is not a base64 data URI (data:image/png;base64,...) or its base64 is broken.',
  INKLESS_IMAGE_UNSUPPORTED: 'The image format is not supported; use PNG or JPEG.',
  INKLESS_IMAGE_SVG_UNSUPPORTED: 'SVG images are not supported yet; export the drawing as PNG.',
  INKLESS_IMAGE_TOO_LARGE: 'The image src is over 20 MB, or its pixel size is over the limit (decompression-bomb guard).',
  INKLESS_IMAGE_DECODE: 'The PNG or JPEG data is corrupt or uses a feature the decoder lacks.',
} as const;
