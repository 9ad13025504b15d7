/** Codes raised while writing PNG, SVG and PDF, or reading a PNG back into a bitmap. */
export const outputErrorCodes = {
  INKLESS_OUTPUT_EMPTY: 'There is nothing to write: the bitmap has no dots or the PDF has no pages.',
  INKLESS_OUTPUT_BAD_SIZE: 'A physical size, scale or sheet geometry is not a positive finite number.',
  INKLESS_OUTPUT_BAD_OPTION: 'An output option is not allowed, e.g. a colour that is not #rgb/#rrggbb or a name.',
  INKLESS_OUTPUT_BAD_PNG: 'The bytes are not a PNG Inkless can read.',
  INKLESS_OUTPUT_SHEET_OVERFLOW: 'A label does not fit the sheet: it runs past the page edge.',
  INKLESS_STOCK_INVALID: 'The stock catalogue source has a bad entry (duplicate or non-kebab id, bad size, sheet off the page).',
} as const;
