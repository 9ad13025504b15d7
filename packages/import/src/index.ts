// The public surface of @inkless/import that runs anywhere (Node and browser).
export { importErrorCodes, type ImportErrorCode } from './errors';
export { bitmapDocument, type BitmapDocumentOptions } from './document/bitmap-document';
