/** Codes for reading, validating and migrating label documents and data rows. */
export const documentErrorCodes = {
  INKLESS_DOC_NOT_JSON: 'The document is not valid JSON.',
  INKLESS_DOC_INVALID: 'A field of the document has the wrong type, is missing, or is not allowed.',
  INKLESS_DOC_UNKNOWN_FIELD: 'The document has a field Inkless does not know (typo or newer version).',
  INKLESS_DOC_VERSION: 'The schemaVersion is missing, newer than this Inkless, or has no migration.',
  INKLESS_DOC_TOO_LARGE: 'The document is over a size limit (bytes, elements, nesting or label size).',
  INKLESS_DOC_OUT_OF_LABEL: 'An element lies completely outside the label.',
  INKLESS_DOC_PARTLY_OUT_OF_LABEL: 'Warning: part of an element lies outside the label; that part does not print.',
  INKLESS_VAR_MISSING: 'A {{field}} names a column the data row does not have.',
  INKLESS_VAR_SYNTAX: 'A {{...}} placeholder is malformed.',
  INKLESS_VAR_UNKNOWN: 'A variable definition is invalid (date format, serial settings).',
  INKLESS_VAR_SERIAL_OVERFLOW: 'A serial counter reaches a number with more digits than its padTo on some label; the message names the variable and the label. Raise padTo, or set its overflow to "widen" or "wrap".',
  INKLESS_VAR_SERIAL_NEGATIVE: 'A serial counter counting down goes below 0 on some label; the message names the variable and the label. Change start or step, or set overflow to "wrap".',
  INKLESS_STOCK_UNKNOWN: 'The label-stock preset id is not in the catalogue.',
} as const;
