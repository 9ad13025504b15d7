import { decodePicture, PICTURE_FALLBACK_DPI } from '@inkless/import';
import { loadPictureDecoders } from '@inkless/import/node';
import { choosePages } from './choose-pages';
import { labelsFromPages } from './import-pages';
import type { ImportSource } from './run-import-task';

/**
 * A picture as one page. Its own resolution (PNG pHYs, JPEG JFIF, TIFF, BMP) when it states
 * one; otherwise PICTURE_FALLBACK_DPI (203), as in the command line and the studio.
 */
export const importPicture: ImportSource = async (task) => {
  choosePages(task.options.pages, 1, 'page');
  const picture = decodePicture(task.bytes, await loadPictureDecoders());
  const sourceDpi = picture.dpi ?? PICTURE_FALLBACK_DPI;
  const labels = await labelsFromPages([{ pageNumber: 1, grey: picture.grey, dpi: sourceDpi }], task, sourceDpi);
  return { pageCount: 1, sourceDpi, labels, notices: [] };
};
