// The public surface of @inkless/import that runs anywhere (Node and browser).
export { importErrorCodes, type ImportErrorCode } from './errors';
export { bitmapDocument, type BitmapDocumentOptions } from './document/bitmap-document';
export { createPdfEngine, type PdfEngine, type PdfFile, type PdfPageInfo } from './pdf/pdf-engine';
export { PDF_LIMITS, checkPdfPageCount } from './pdf/pdf-limits';
export { decodePicture, PICTURE_FALLBACK_DPI, type DecodedPicture, type PictureDecoders } from './picture/decode-picture';
export { createWebpDecoder, type WebpDecoder } from './picture/decode-webp';
export { detectSourceKind, detectPictureFormat, type SourceKind, type PictureFormat } from './picture/source-kind';
export type { GreyImage } from '@inkless/label';
export type { PageRegion } from './page/page-region';
export { findLabelRegions } from './page/find-label-regions';
export { placeOnStock, autoRotation, type Rotation, type Fit, type Stock, type PlaceOptions, type Placed } from './page/place-on-stock';
export { drawRegionPreview } from './page/region-preview';
export type { FoundSymbol, DecodeSymbols } from './barcodes/found-symbol';
export { compareSymbols, barcodeCheckError, type BarcodeCheck } from './barcodes/compare-symbols';
export { readSymbolsWithZxing } from './barcodes/read-with-zxing';
export { prepareLabels, sourceDpiFor, bitmapToGrey, type SourcePage, type PrepareOptions, type PreparedLabel } from './prepare/prepare-labels';
export { interpretZpl, type ZplOptions, type ZplNotice, type ZplLabel } from './zpl/interpret-zpl';
export { SUPPORTED_ZPL_COMMANDS, IGNORED_ZPL_COMMANDS } from './zpl/zpl-format';
