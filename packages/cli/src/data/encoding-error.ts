import { DataError } from './data-error';

/** The message for bytes that are not UTF-8, placed at the row the reader had reached. */
export function createEncodingError(source: string, rowNumber: number, byteOffset: number): DataError {
  return new DataError('INKLESS_DATA_BAD_ENCODING', `invalid UTF-8 at byte ${byteOffset}; save the file as UTF-8 (in Excel: "CSV UTF-8")`, {
    source,
    rowNumber,
    byteOffset,
  });
}
