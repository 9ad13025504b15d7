/**
 * Hard limits on what a document may ask for. They keep a hostile or mistaken document from
 * taking unbounded time or memory: each is checked before the work it guards is done.
 */
export const documentLimits = {
  /** Bytes of JSON text accepted by parseDocument. */
  maxJsonBytes: 32 * 1024 * 1024,
  /** Elements on one label. Real labels have tens; a thousand is generous. */
  maxElements: 2_000,
  /** Nesting depth of the raw JSON value. */
  maxDepth: 32,
  /** Values (objects, arrays, scalars) in the raw JSON tree. */
  maxNodes: 200_000,
  /** Dots of one label raster (width x height): 50 M dots is A4 at 600 dpi with room to spare. */
  maxLabelDots: 50_000_000,
  /** Dots of one element's box. */
  maxElementDots: 50_000_000,
  /**
   * Characters of one barcode's data. The densest symbol holds fewer (Han Xin Code 7,827 digits,
   * QR Code 7,089); each symbology's own limit is checked before its encoder runs.
   */
  maxBarcodeDataChars: 8_000,
  /** Variables defined in one document. */
  maxVariables: 200,
} as const;
