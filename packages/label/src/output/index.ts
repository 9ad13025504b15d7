/** Output formats of a rendered label: PNG (exact and preview), SVG and PDF (labels and sheets). */
export { encodePng1, type Png1Options } from './encode-png1';
export { encodePreviewPng, DEFAULT_PREVIEW_PALETTE, MAX_PREVIEW_SCALE, type PreviewPngOptions, type PreviewPalette } from './encode-preview-png';
export { bitmapFromPng, INK_THRESHOLD } from './bitmap-from-png';
export { encodeSvg, type SvgOptions } from './encode-svg';
export { encodePdf, type PdfPage, type PdfOptions } from './encode-pdf';
export { encodeSheetPdf, type SheetPdfOptions } from './encode-sheet-pdf';
export { MAX_VECTOR_RECTS, type PdfLabelMode } from './pdf-label-drawing';
export { collectInkRects, type InkRect } from './ink-rects';
export { computeCrc32 } from './crc32';
export { concatBytes } from './png-writer';
export { makeNoiseBitmap, makeShippingLabelBitmap } from './sample-bitmaps';
