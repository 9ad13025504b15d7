import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DataError } from '../data-error';
import { createValues, type DataRow } from '../data-row';
import { convertCell } from './cell-to-text';

/** XLSX options: `source` names the file in messages. */
export interface XlsxOptions {
  readonly source?: string;
  /** Worksheet name; default the first sheet in the workbook's tab order. */
  readonly sheet?: string;
  readonly signal?: AbortSignal;
}

// The parts of exceljs's streaming reader this module relies on but its typings omit.
type ReaderInternals = { model?: { sheets?: { name: string }[] } };
type SheetInternals = { name?: string };

/**
 * Reads what is left of a workbook and drops it. exceljs parks worksheets that come before the
 * shared strings in temp files and opens them later; a reader left half-way (an error, --rows, an
 * abort) would leave those opens to fail after the files are cleaned up, as uncaught errors.
 */
async function drainWorkbook(reader: AsyncIterable<unknown>): Promise<void> {
  try {
    for await (const sheet of reader) for await (const _row of sheet as AsyncIterable<unknown>) void _row;
  } catch {
    // The real problem, if any, was reported by the read itself.
  }
}

/**
 * Streams one worksheet row by row with exceljs's WorkbookReader: the first non-empty row names the
 * columns, empty rows are skipped, rowNumber is the sheet row. Styles are cached (not ignored)
 * because they are the only way to tell a date from a number in XLSX.
 */
export async function* readXlsx(input: string | Readable, options: XlsxOptions = {}): AsyncGenerator<DataRow> {
  const source = options.source ?? 'input';
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'cache' });
  const seen: string[] = [];
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as SheetInternals).name ?? `Sheet${seen.length + 1}`;
      seen.push(name);
      const wanted = options.sheet ?? (reader as unknown as ReaderInternals).model?.sheets?.[0]?.name ?? name;
      if (name !== wanted) {
        // Read a skipped sheet through: exceljs deletes a parked sheet's temp file as soon as it moves
        // on, and a stream it opened for a sheet nobody read would then fail as an uncaught error.
        for await (const _row of sheet as unknown as AsyncIterable<unknown>) void _row;
        continue;
      }
      yield* readSheet(sheet, source, options.signal);
      return;
    }
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('INKLESS_DATA_BAD_XLSX', `the file cannot be read as an .xlsx workbook (${e instanceof Error ? e.message : String(e)}); save it again from Excel as .xlsx`, { source, rowNumber: 0, cause: e });
  } finally {
    await drainWorkbook(reader);
  }
  const names = (reader as unknown as ReaderInternals).model?.sheets?.map((s) => s.name) ?? seen;
  if (options.sheet === undefined) throw new DataError('INKLESS_DATA_NO_HEADER', 'the workbook has no worksheet', { source, rowNumber: 0 });
  throw new DataError('INKLESS_DATA_SHEET_NOT_FOUND', `the workbook has no worksheet "${options.sheet}"; it has ${names.map((n) => `"${n}"`).join(', ') || 'none'}`, { source, rowNumber: 0 });
}

async function* readSheet(sheet: AsyncIterable<ExcelJS.Row>, source: string, signal: AbortSignal | undefined): AsyncGenerator<DataRow> {
  let header: (string | undefined)[] | undefined;
  for await (const row of sheet) {
    if (signal?.aborted) throw new DataError('INKLESS_DATA_ABORTED', 'reading was cancelled', { source, rowNumber: row.number, cause: signal.reason });
    const cells = readCells(row, source);
    if (cells.every((text) => text === '')) continue;
    if (header === undefined) {
      header = readHeader(cells, row.number, source);
      continue;
    }
    const values = createValues();
    for (let k = 0; k < Math.max(cells.length, header.length); k++) {
      const name = header[k];
      const text = cells[k] ?? '';
      if (name !== undefined) values[name] = text;
      else if (text !== '') {
        throw new DataError('INKLESS_DATA_UNNAMED_COLUMN', `cell ${columnLetters(k)}${row.number} has a value but column ${columnLetters(k)} has no header; name the column or clear the cell`, { source, rowNumber: row.number, column: columnLetters(k) });
      }
    }
    yield { rowNumber: row.number, values };
  }
  if (header === undefined) throw new DataError('INKLESS_DATA_NO_HEADER', 'the worksheet is empty; the first row must name the columns', { source, rowNumber: 0 });
}

// Text of every cell from column A to the row's last cell (index 0 = column A).
function readCells(row: ExcelJS.Row, source: string): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    const converted = convertCell(cell.value, cell.numFmt);
    if (!converted.ok) {
      throw new DataError('INKLESS_DATA_CELL_ERROR', `cell ${columnLetters(col - 1)}${row.number} ${converted.problem}`, { source, rowNumber: row.number, column: columnLetters(col - 1) });
    }
    while (cells.length < col - 1) cells.push('');
    cells[col - 1] = converted.text;
  });
  return cells;
}

function readHeader(cells: string[], rowNumber: number, source: string): (string | undefined)[] {
  const seen = new Set<string>();
  return cells.map((raw, k) => {
    const name = raw.trim();
    if (name === '') return undefined;
    if (seen.has(name)) {
      throw new DataError('INKLESS_DATA_DUPLICATE_HEADER', `column name "${name}" appears twice in the header (again in column ${columnLetters(k)}); rename one`, { source, rowNumber, column: name });
    }
    seen.add(name);
    return name;
  });
}

/** 0 -> A, 25 -> Z, 26 -> AA: how spreadsheets name columns. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
