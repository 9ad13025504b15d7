import { InklessError } from '@inkless/label';

/**
 * What Inkless agrees to do with one PDF. Checked before the work each one guards (principle 5).
 */
export const PDF_LIMITS = {
  /** Pages a host imports from one file: a thousand-label batch fits many times, a hostile file does not. */
  maxPages: 10_000,
  /** Pixels of one rendered page: a Letter or A4 page at 600 dpi (about 35 million) fits. */
  maxPagePixels: 40_000_000,
} as const;

/**
 * Refuses a page count over `PDF_LIMITS.maxPages`. Opening a big file is cheap; hosts call this
 * before they walk its pages.
 *
 * @example
 * const pdf = engine.open(bytes);
 * checkPdfPageCount(pdf.pageCount);
 */
export function checkPdfPageCount(pageCount: number, path = ''): void {
  if (pageCount > PDF_LIMITS.maxPages) {
    throw new InklessError(
      'INKLESS_IMPORT_PDF_TOO_MANY_PAGES',
      `the PDF has ${pageCount.toLocaleString('en-US')} pages; Inkless imports at most ${PDF_LIMITS.maxPages.toLocaleString('en-US')} at once: split the file or choose pages`,
      { path },
    );
  }
}

/** Pixel size of a page of `widthPt` x `heightPt` points at `dpi` (rounded to whole pixels, at least 1). */
export function pagePixels(widthPt: number, heightPt: number, dpi: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round((widthPt * dpi) / 72)), height: Math.max(1, Math.round((heightPt * dpi) / 72)) };
}
