import type { Stock } from '../page/place-on-stock';
import { findDpiFor, type SourcePage } from '../prepare/prepare-labels';
import type { PdfFile } from './pdf-engine';

/**
 * One page of an open PDF as every host hands it to `prepareLabels`: drawn whole at `findDpiFor`
 * (enough to find the label within a dot), and able to draw any window of itself again, turned and
 * scaled, so the label is drawn once at the printer's dots and its symbols are read on the region
 * alone. One rule for the CLI, the server, the studio and the bench, so their bits are the same.
 *
 * @example
 * for (let i = 0; i < pdf.pageCount; i++) yield pdfSourcePage(pdf, i, stock);
 */
export function pdfSourcePage(pdf: PdfFile, index: number, stock: Stock): SourcePage {
  const dpi = findDpiFor(stock);
  return { pageNumber: index + 1, grey: pdf.renderPage(index, dpi), dpi, redraw: (window) => pdf.renderWindow(index, dpi, window) };
}
