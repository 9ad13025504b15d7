/** Codes raised while finding the label on a page, fitting it to the stock and checking its barcodes. */
export const pageErrorCodes = {
  INKLESS_IMPORT_BLANK_PAGE: 'The page has no ink, so there is no label on it to print.',
} as const;
