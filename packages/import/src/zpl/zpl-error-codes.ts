/** Codes raised while interpreting ZPL II. */
export const zplErrorCodes = {
  INKLESS_IMPORT_ZPL_INVALID: 'The ZPL cannot be interpreted; the message gives the command and its byte offset.',
} as const;
