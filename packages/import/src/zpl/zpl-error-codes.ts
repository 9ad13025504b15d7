/** Codes raised while interpreting ZPL II. */
export const zplErrorCodes = {
  INKLESS_IMPORT_ZPL_INVALID: 'The ZPL cannot be interpreted; the message gives the command and its byte offset.',
  INKLESS_IMPORT_ZPL_TOO_LARGE: 'The ZPL file is larger than the interpreter accepts (32 MB); split the job.',
  INKLESS_IMPORT_ZPL_UNTERMINATED: 'A label starts with ^XA but never ends with ^XZ; the message gives the offset of its ^XA.',
  INKLESS_IMPORT_ZPL_FIELD_TOO_LONG: 'A field\'s data (^FD, ^FV, ^FX, ~DG) is longer than any printer accepts; the message gives its offset.',
  INKLESS_IMPORT_ZPL_GRAPHIC: 'A ^GF or ~DG graphic is damaged: its byte count does not match its data, or its CRC fails; the message gives its offset.',
  INKLESS_IMPORT_ZPL_GRAPHIC_MISSING: 'A ^XG or ^XF recalls a graphic or format that the job never stored; the message gives the name and offset.',
  INKLESS_IMPORT_ZPL_LABEL_SIZE: 'A ^PW, ^LL or the label size asked for is beyond what a printer can print (more than 2 m or 16,000 dots).',
  INKLESS_IMPORT_ZPL_DPI: 'The dpi given for the ZPL is not one Inkless prints at (203, 300 or 600).',
  INKLESS_IMPORT_ZPL_TOO_MANY: 'The ZPL holds more labels or fields than the interpreter accepts; split the job.',
  INKLESS_IMPORT_ZPL_UNSUPPORTED: 'Notice: a ZPL command the interpreter does not support was skipped; the notice names it and its byte offset.',
  INKLESS_IMPORT_ZPL_IGNORED: 'Notice: a printer setup command (darkness, speed, media handling) has no effect on the label and was ignored.',
  INKLESS_IMPORT_ZPL_APPROXIMATE: 'Notice: the document says something close to what the ZPL means (reverse fields, white graphics, fonts); the bitmap is exact.',
  INKLESS_IMPORT_ZPL_FIELD_SKIPPED: 'Notice: a field could not be drawn (a barcode its data does not fit, an empty field); the notice says why and where.',
} as const;
