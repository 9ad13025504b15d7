/** Codes raised while reading and rasterizing a PDF. */
export const pdfErrorCodes = {
  INKLESS_IMPORT_PDF_INVALID: 'The PDF is truncated or corrupt; the message says what the PDF engine could not read.',
} as const;
