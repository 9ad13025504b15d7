// The data-row readers the CLI merges into labels: one entry point (openRows) plus the pieces tests and commands use.
export { openRows } from './open-rows';
export { DataError, isDataError, type DataErrorPlace } from './data-error';
export { dataErrorCodes, type DataErrorCode } from './data-error-codes';
export { dataLimits, type DataRow, type OpenRowsOptions } from './data-row';
export { parseRowRange, selectRows, type RowPredicate } from './row-range';
export { parseCsvChunks } from './csv/parse-csv-chunks';
export { readCsv } from './csv/read-csv';
export type { CsvOptions } from './csv/csv-row-reader';
export { readJsonArray, readNdjson } from './json/read-json';
export { readXlsx, type XlsxOptions } from './xlsx/read-xlsx';
