// The public surface of @inkless/import that runs anywhere (Node and browser).
export { importErrorCodes, type ImportErrorCode } from './errors';
export { bitmapDocument, type BitmapDocumentOptions } from './document/bitmap-document';
export { createPdfEngine, type PdfEngine, type PdfFile, type PdfPageInfo, type GreyImage as PdfGreyImage } from './pdf/pdf-engine';
export { PDF_LIMITS, checkPdfPageCount } from './pdf/pdf-limits';
