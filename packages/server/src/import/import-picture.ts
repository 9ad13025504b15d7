import { decodePicture } from '@inkless/import';
import { choosePages } from './choose-pages';
import { labelsFromPages } from './import-pages';
import type { ImportSource } from './run-import-task';

/**
 * A picture as one page. Its own resolution (PNG pHYs, JPEG JFIF, TIFF, BMP) when it states
 * one; otherwise one pixel per printer dot, which is what label pictures usually are.
 */
export const importPicture: ImportSource = async (task) => {
  choosePages(task.options.pages, 1, 'page');
  const picture = decodePicture(task.bytes);
  const sourceDpi = picture.dpi ?? task.options.stock.dpi;
  const labels = await labelsFromPages([{ pageNumber: 1, grey: picture.grey, dpi: sourceDpi }], task, sourceDpi);
  return { pageCount: 1, sourceDpi, labels, notices: [] };
};
