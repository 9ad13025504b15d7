import { bitmapDocument, interpretZpl } from '@inkless/import';
import { choosePages } from './choose-pages';
import type { ImportedLabel } from './import-types';
import type { ImportSource } from './run-import-task';

/**
 * ZPL by Inkless's own interpreter: every ^XA..^XZ a label, drawn at the dpi the ZPL was written
 * for (the stock's unless `zplDpi` says), on the stock's size when the ZPL has no ^PW / ^LL.
 * Its document is the editable one, or (print jobs) one printing the interpreter's exact dots.
 */
export const importZpl: ImportSource = async (task, fonts) => {
  const { options } = task;
  const dpi = options.zplDpi ?? options.stock.dpi;
  const atDpi = (dots: number) => Math.round((dots * dpi) / options.stock.dpi);
  const { labels, notices } = interpretZpl(task.bytes, { dpi, labelWidthDots: atDpi(options.stock.widthDots), labelHeightDots: atDpi(options.stock.heightDots) }, { fonts });
  const chosen = choosePages(options.pages, labels.length, 'label');
  const made: ImportedLabel[] = chosen.map((number) => {
    const label = labels[number - 1]!;
    return {
      pageNumber: number, region: null, regionMm: null, rotation: 0, barcodes: null, barcodeProblem: null,
      copies: label.copies, offset: label.offset, notices: label.notices,
      document: options.exactDots ? bitmapDocument(label.bitmap, { name: `${options.fileName}, label ${number}`, dpi }) : label.document,
      widthDots: label.bitmap.width, heightDots: label.bitmap.height, dpi,
    };
  });
  return { pageCount: labels.length, sourceDpi: null, labels: made, notices };
};
