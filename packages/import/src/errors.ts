import { pageErrorCodes } from './page/page-error-codes';
import { pdfErrorCodes } from './pdf/pdf-error-codes';
import { pictureErrorCodes } from './picture/picture-error-codes';
import { zplErrorCodes } from './zpl/zpl-error-codes';

/** Error codes of the import package, by area; docs/errors.md documents them (tested). */
export const importErrorCodes = {
  INKLESS_IMPORT_UNKNOWN_KIND: 'The file is not a PDF, a picture (PNG, JPEG, GIF, BMP, TIFF, WebP), ZPL or a label document; the message says what its first bytes look like.',
  ...pdfErrorCodes,
  ...pictureErrorCodes,
  ...pageErrorCodes,
  ...zplErrorCodes,
} as const;

export type ImportErrorCode = keyof typeof importErrorCodes;
