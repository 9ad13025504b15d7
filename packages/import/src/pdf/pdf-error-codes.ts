/** Codes raised while reading and rasterizing a PDF. */
export const pdfErrorCodes = {
  INKLESS_IMPORT_PDF_INVALID: 'The PDF is truncated or corrupt; the message says what the PDF engine could not read.',
  INKLESS_IMPORT_PDF_ENCRYPTED: 'The PDF is locked with a password (or an unknown security handler); save it again without a password and import that copy.',
  INKLESS_IMPORT_PDF_PAGE_TOO_LARGE: 'A page is too big to render at the asked dpi; the message gives the page number, its size and the pixel limit.',
  INKLESS_IMPORT_PDF_TOO_MANY_PAGES: 'The PDF has more pages than Inkless imports at once; the message gives both counts: split the file or choose pages.',
  INKLESS_IMPORT_PDF_NO_PAGE: 'The page asked for does not exist in the PDF; the message gives the page number and how many pages there are.',
  INKLESS_IMPORT_PDF_CLOSED: 'The PDF was used after it was closed (a bug in the caller).',
} as const;
