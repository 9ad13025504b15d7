/**
 * Every code a data-row reader can throw, with a one-line meaning, so docs/errors.md can list them
 * and a test can check that none is missing.
 */
export const dataErrorCodes = {
  INKLESS_DATA_FILE_UNREADABLE: 'The data file could not be opened or read (missing, a folder, no permission).',
  INKLESS_DATA_UNSUPPORTED_FORMAT: 'The data file extension is not .csv, .tsv, .xlsx, .json, .ndjson or .jsonl.',
  INKLESS_DATA_BAD_OPTION: 'A reader option is invalid, e.g. a delimiter that is not one character.',
  INKLESS_DATA_ABORTED: 'Reading the data was cancelled (the AbortSignal fired).',
  INKLESS_DATA_BAD_ENCODING: 'The file is not valid UTF-8; the byte offset says where; save it as UTF-8.',
  INKLESS_DATA_NO_HEADER: 'The file has no header row, so there are no column names.',
  INKLESS_DATA_EMPTY_HEADER: 'A CSV header cell is empty; every column needs a name.',
  INKLESS_DATA_DUPLICATE_HEADER: 'Two header cells have the same name; column names must be unique.',
  INKLESS_DATA_UNCLOSED_QUOTE: 'A quoted CSV field is never closed before the end of the file.',
  INKLESS_DATA_BAD_QUOTE: 'A closing quote in a CSV field is followed by text instead of a delimiter or line end.',
  INKLESS_DATA_FIELD_TOO_LARGE: 'One field is longer than 1 MiB characters (often an unclosed quote).',
  INKLESS_DATA_ROW_TOO_LARGE: 'One row (or JSON element) is longer than 4 MiB characters.',
  INKLESS_DATA_TOO_MANY_COLUMNS: 'A row has more than 10,000 columns.',
  INKLESS_DATA_TOO_MANY_FIELDS: 'A row has more fields than the header has columns.',
  INKLESS_DATA_TOO_FEW_FIELDS: 'A row has fewer fields than the header has columns.',
  INKLESS_DATA_UNNAMED_COLUMN: 'A spreadsheet cell has a value in a column whose header cell is empty.',
  INKLESS_DATA_CELL_ERROR: 'A spreadsheet cell holds an Excel error (#N/A, #REF!) or a formula with no saved result.',
  INKLESS_DATA_SHEET_NOT_FOUND: 'The workbook has no worksheet with the requested name.',
  INKLESS_DATA_BAD_XLSX: 'The .xlsx file could not be read as a workbook (corrupt or not an .xlsx).',
  INKLESS_DATA_BAD_JSON: 'The JSON text is malformed at the given element and byte offset.',
  INKLESS_DATA_NOT_AN_OBJECT: 'A JSON row is not an object of column names to values.',
  INKLESS_DATA_NESTED_VALUE: 'A JSON row holds an object or array as a value; rows must be flat.',
  INKLESS_DATA_DUPLICATE_KEY: 'A JSON row names the same key twice.',
  INKLESS_DATA_BAD_RANGE: 'A row range such as 10-200,250 is malformed, or selects no data row (rows are numbered as the file shows them: in CSV the header is row 1).',
} as const;

/** One registered data error code. */
export type DataErrorCode = keyof typeof dataErrorCodes;
