import { barcodeErrorCodes } from './codes-barcode';
import { documentErrorCodes } from './codes-document';
import { imageErrorCodes } from './codes-image';
import { renderErrorCodes } from './codes-render';
import { textErrorCodes } from './codes-text';
import { outputErrorCodes } from './codes-output';

/**
 * Every error code the label engine can produce, with a one-line meaning. docs/errors.md documents
 * each one; a test fails when a code is missing there. Each area keeps its own list.
 */
export const labelErrorCodes: Readonly<Record<string, string>> = {
  ...documentErrorCodes,
  ...renderErrorCodes,
  ...barcodeErrorCodes,
  ...textErrorCodes,
  ...imageErrorCodes,
  ...outputErrorCodes,
};
