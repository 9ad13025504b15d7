import { findDpiFor, pdfSourcePage, type SourcePage } from '@inkless/import';
import { loadPdfEngine } from '@inkless/import/node';
import { labelsFromPages } from './import-pages';
import { choosePages } from './choose-pages';
import type { ImportSource } from './run-import-task';

/**
 * A PDF's pages as labels: rendered by PDFium (WebAssembly, loaded from the installed package;
 * no JavaScript in the PDF runs, nothing it references is fetched) at the printer's dpi to find
 * the label, which PDFium then draws again straight at the printer's dots (`pdfSourcePage`);
 * one page at a time, each dropped before the next is rendered.
 */
export const importPdf: ImportSource = async (task) => {
  const engine = await loadPdfEngine();
  const pdf = engine.open(task.bytes);
  try {
    const pageCount = pdf.pageCount;
    const chosen = choosePages(task.options.pages, pageCount, 'page');
    const sourceDpi = findDpiFor(task.options.stock);
    function* pages(): Generator<SourcePage> {
      for (const pageNumber of chosen) yield pdfSourcePage(pdf, pageNumber - 1, task.options.stock);
    }
    return { pageCount, sourceDpi, labels: await labelsFromPages(pages(), task, sourceDpi), notices: [] };
  } finally {
    pdf.close();
  }
};
