/** Limits that bound the time and memory a ZPL job may take; each is checked before its work. */
export const zplLimits = {
  /** Bytes of one ZPL job. A busy shipping run of a thousand labels is a few MB. */
  maxInputBytes: 32 * 1024 * 1024,
  /** Bytes of one field's data (^FD) or graphic (~DG, ^GF hex is inside ^GF's own parameters). Zebra's own limit on ^FD is 3 KB. */
  maxFieldDataBytes: 4 * 1024 * 1024,
  /** Bytes of text in one ^FD after ^FH decoding: a barcode holds at most 8,000 characters, text boxes 10,000. */
  maxTextChars: 8_000,
  /** Labels (^XA..^XZ) in one job. */
  maxLabels: 10_000,
  /** Fields on one label (the document's own element limit). */
  maxFields: 2_000,
  /** Dots of a label's side: a 2 m label at 203 dpi, or 16,000 dots. */
  maxSideDots: 16_000,
  /** Bytes of one stored or inline graphic once decoded (about 8,000 x 8,000 dots). */
  maxGraphicBytes: 8 * 1024 * 1024,
  /** ^PQ copies of one label. */
  maxCopies: 99_999_999,
} as const;
