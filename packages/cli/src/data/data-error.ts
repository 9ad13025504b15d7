import type { DataErrorCode } from './data-error-codes';

/** Where a data error happened; `rowNumber` 0 means the problem concerns the whole file. */
export interface DataErrorPlace {
  /** File name as the user typed it (or `input` for in-memory text). */
  readonly source: string;
  readonly rowNumber: number;
  readonly column?: string;
  readonly byteOffset?: number;
  readonly cause?: unknown;
}

/**
 * The only thing the data readers throw, so the CLI can print `rows.csv row 12: ...` instead of a stack.
 * @example `rows.csv row 12: unclosed quote starting at byte 4711; close it with "`
 */
export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly rowNumber: number;
  readonly column?: string;
  readonly byteOffset?: number;

  constructor(code: DataErrorCode, detail: string, place: DataErrorPlace) {
    const where = place.rowNumber > 0 ? `${place.source} row ${place.rowNumber}` : place.source;
    super(`${where}: ${detail}`, place.cause === undefined ? undefined : { cause: place.cause });
    this.name = 'DataError';
    this.code = code;
    this.rowNumber = place.rowNumber;
    if (place.column !== undefined) this.column = place.column;
    if (place.byteOffset !== undefined) this.byteOffset = place.byteOffset;
  }
}

export function isDataError(e: unknown): e is DataError {
  return e instanceof DataError;
}
