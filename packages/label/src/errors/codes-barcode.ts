/** Codes of the barcode area. */
export const barcodeErrorCodes = {
} as const;
