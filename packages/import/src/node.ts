// The Node edge of @inkless/import: what needs the file system (loading WebAssembly from the installed package).
export { loadPdfEngine, pdfiumWasmPath } from './node/load-pdf-engine';
export { decodeSymbolsWithZxing, prepareZxingInNode } from './node/zxing-symbols';
export { loadPictureDecoders, webpWasmPath } from './node/load-picture-decoders';
