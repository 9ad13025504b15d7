/** One data row as the label merge consumes it: column name -> text, plus where it came from. */
export interface DataRow {
  /**
   * The row as the user sees it in the file: CSV record number with the header as row 1 (first data
   * row = 2, blank lines counted); XLSX sheet row; JSON array index + 1; NDJSON line number.
   */
  readonly rowNumber: number;
  /** Null-prototype object, so a column called `__proto__` is just a column. */
  readonly values: Record<string, string>;
}

/** Options every reader understands; readers ignore the ones that do not concern them. */
export interface OpenRowsOptions {
  /** XLSX: worksheet name; default the first sheet of the workbook. */
  readonly sheet?: string;
  /** Stops reading; the iteration then throws INKLESS_DATA_ABORTED. */
  readonly signal?: AbortSignal;
  /** CSV: one character; default `\t` for .tsv, else detected from the header line (`,` `;` `\t`). */
  readonly delimiter?: string;
  /** CSV: rows with fewer fields than the header get '' instead of an error. */
  readonly allowShortRows?: boolean;
}

/** Size limits that keep memory bounded on hostile input (characters are UTF-16 code units). */
export const dataLimits = {
  maxFieldChars: 1024 * 1024,
  maxRowChars: 4 * 1024 * 1024,
  maxColumns: 10_000,
} as const;

/** Builds a row's values without a prototype, so any column name is safe as a key. */
export function createValues(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
