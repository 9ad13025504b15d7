/** Codes raised while finding the label on a page, fitting it to the stock and checking its barcodes. */
export const pageErrorCodes = {
  INKLESS_IMPORT_BLANK_PAGE: 'The page has no ink, so there is no label on it to print.',
  INKLESS_IMPORT_BAD_REGION: 'The region given for the label is empty or lies outside the page.',
  INKLESS_IMPORT_BARCODE_LOST: 'A barcode that scans on the source page no longer scans on the label as printed; the message says which and where (mm from the top-left of the page).',
  INKLESS_IMPORT_BARCODE_CHANGED: 'A barcode on the label as printed scans to other content than on the source page; the message says which and where.',
} as const;
