/** Codes of the barcode area. */
export const barcodeErrorCodes = {
  INKLESS_BARCODE_SYMBOLOGY_UNKNOWN: 'The symbology id is not one Inkless (or bwip-js) knows.',
  INKLESS_BARCODE_SYMBOLOGY_UNSUPPORTED: 'The symbology cannot be drawn on a printer dot grid (height-modulated postal or colour codes).',
  INKLESS_BARCODE_EMPTY: 'The barcode data is empty.',
  INKLESS_BARCODE_LENGTH: 'The data has the wrong number of characters or digits for the symbology.',
  INKLESS_BARCODE_CHARSET: 'The data holds a character the symbology cannot encode.',
  INKLESS_BARCODE_CHECK_DIGIT: 'The check digit in the data is wrong; the message says which digit is expected.',
  INKLESS_BARCODE_TOO_LONG: 'The data is more than the symbology (at this error-correction level) can hold.',
  INKLESS_BARCODE_OPTION: 'A barcode option is not allowed, has the wrong type, or is out of range.',
  INKLESS_BARCODE_ENCODE_FAILED: 'The encoder rejected the data; the message carries its reason.',
  INKLESS_BARCODE_TOO_BIG: 'The barcode does not fit its box at the smallest scannable module width.',
  INKLESS_BARCODE_GS1_SYNTAX: 'GS1 data is not written as (AI)value(AI)value...',
  INKLESS_BARCODE_GS1_AI_UNKNOWN: 'A GS1 application identifier is not in the table Inkless checks.',
  INKLESS_BARCODE_GS1_AI_LENGTH: 'A GS1 AI value has the wrong length.',
  INKLESS_BARCODE_GS1_AI_CHARSET: 'A GS1 AI value holds characters its format does not allow.',
  INKLESS_BARCODE_GS1_AI_CHECK_DIGIT: 'A GTIN, SSCC, GLN or other GS1 key has a wrong check digit.',
  INKLESS_BARCODE_GS1_AI_DATE: 'A GS1 date (YYMMDD) is not a valid date.',
} as const;
