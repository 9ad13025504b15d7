import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import type { DataTable } from './parse-csv';
import { decodeExcelEscapes, findFirstSheetPath, formatDateSerial, readDateStyles, readSharedStrings, readsDate1904 } from './read-xlsx-parts';
import { scanXml } from './read-xlsx-xml';

/** At most this many data rows (below the header), like the CSV limit of a merge. */
export const MAX_XLSX_ROWS = 100_000;
/** A sheet (or shared string) part larger than this, unzipped, is refused before it is inflated. */
export const MAX_XLSX_PART_BYTES = 50 * 1024 * 1024;
/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;
/** Serial of 9999-12-31: larger "dates" stay numbers. */
const MAX_DATE_SERIAL = 2_958_465;

export type XlsxErrorCode =
  | 'INKLESS_WEB_XLSX_CORRUPT'
  | 'INKLESS_WEB_XLSX_NO_SHEET'
  | 'INKLESS_WEB_XLSX_SHEET_TOO_LARGE'
  | 'INKLESS_WEB_XLSX_TOO_MANY_ROWS'
  | 'INKLESS_WEB_XLSX_NO_HEADER'
  | 'INKLESS_WEB_XLSX_DUPLICATE_HEADER';

/** Why an XLSX file could not be read, and at which sheet row when there is one, so the user can fix it. */
export class XlsxError extends Error {
  constructor(readonly code: XlsxErrorCode, message: string, readonly rowNumber?: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'XlsxError';
  }
}

interface SheetRecord {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/**
 * The first sheet of an XLSX workbook as a table, like `parseCsv`: the first non-empty row names
 * the columns, each later non-empty row is a record numbered as the spreadsheet shows it. Cells
 * come back as text: numbers as written (integers without ".0"), booleans TRUE/FALSE, dates
 * (cells with a date number format) as yyyy-mm-dd. Formulas give their cached value.
 * @example readXlsx(new Uint8Array(await file.arrayBuffer())).columns // ['name', 'price']
 */
export function readXlsx(bytes: Uint8Array): DataTable {
  const parts = unzipParts(bytes, (name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml' || name === 'xl/styles.xml');
  const workbookXml = parts['xl/workbook.xml'];
  if (workbookXml === undefined) throw new XlsxError('INKLESS_WEB_XLSX_NO_SHEET', 'the file has no workbook (xl/workbook.xml): open it in your spreadsheet and save it again as .xlsx');
  const sheetPath = findFirstSheetPath(workbookXml, parts['xl/_rels/workbook.xml.rels']);
  const sheetXml = sheetPath === undefined ? undefined : unzipParts(bytes, (name) => name === sheetPath)[sheetPath];
  if (sheetXml === undefined) throw new XlsxError('INKLESS_WEB_XLSX_NO_SHEET', 'the workbook has no worksheet to read: put the data on the first sheet and save it again');
  const records = readSheetRecords(sheetXml, {
    sharedStrings: parts['xl/sharedStrings.xml'] === undefined ? [] : readSharedStrings(parts['xl/sharedStrings.xml']),
    dateStyles: readDateStyles(parts['xl/styles.xml']),
    date1904: readsDate1904(workbookXml),
  });
  return buildTable(records);
}

/** The named parts as text; a part over the size limit is refused from its zip header, before inflating. */
function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_XLSX_PART_BYTES) throw tooLarge(file.name, file.originalSize);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError('INKLESS_WEB_XLSX_CORRUPT', 'the file is not a readable XLSX workbook (its zip container is damaged or it is another format): open it in your spreadsheet and save it again as .xlsx, or as CSV', undefined, { cause: error });
  }
  const text: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    // The zip header may understate the size; check what was really inflated too.
    if (data.length > MAX_XLSX_PART_BYTES) throw tooLarge(name, data.length);
    text[name] = strFromU8(data);
  }
  return text;
}

function tooLarge(part: string, sizeBytes: number): XlsxError {
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  return new XlsxError('INKLESS_WEB_XLSX_SHEET_TOO_LARGE', `${part} is ${mb(sizeBytes)} MB unzipped, over the ${mb(MAX_XLSX_PART_BYTES)} MB limit: split the data into smaller files, or save it as CSV`);
}

/** Column index (0-based) of a cell reference such as `C7`, or undefined when it has no letters. */
function columnIndexOf(ref: string): number | undefined {
  const letters = /^[A-Za-z]+/.exec(ref)?.[0];
  if (!letters) return undefined;
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** A cell's text from its type (`t`), style (`s`), value (`<v>`) and inline string (`<is>`). */
function formatCell(type: string | undefined, style: number, value: string, inline: string, context: CellContext): string {
  switch (type) {
    case 's': return context.sharedStrings[Number(value)] ?? '';
    case 'inlineStr': return inline;
    case 'b': return value === '1' || value === 'true' ? 'TRUE' : value === '' ? '' : 'FALSE';
    case 'str': case 'e': case 'd': return decodeExcelEscapes(value);
    default: {
      const trimmed = value.trim();
      const n = Number(trimmed);
      if (trimmed === '' || !Number.isFinite(n)) return value;
      if (context.dateStyles[style] && n >= 0 && n <= MAX_DATE_SERIAL) return formatDateSerial(n, context.date1904);
      return String(n);
    }
  }
}

/** The sheet's rows that hold any text, cells placed by their references (gaps are ''). */
function readSheetRecords(xml: string, context: CellContext): SheetRecord[] {
  // <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><v>45366</v></c></row></sheetData>
  const records: SheetRecord[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let column = -1;
  let cell: { type: string | undefined; style: number; value: string; inline: string } | undefined;
  let capture: 'value' | 'inline' | undefined;
  let inInline = false;
  let phoneticDepth = 0;
  scanXml(xml, {
    open: (name, a) => {
      if (name === 'row') {
        rowNumber = a.r !== undefined && /^\d+$/.test(a.r) ? Number(a.r) : rowNumber + 1;
        cells = [];
        column = -1;
      } else if (name === 'c') {
        column = (a.r === undefined ? undefined : columnIndexOf(a.r)) ?? column + 1;
        if (column >= MAX_COLUMNS) throw new XlsxError('INKLESS_WEB_XLSX_CORRUPT', `row ${rowNumber}: the cell reference ${a.r ?? ''} is beyond Excel's last column (XFD): save the file again from your spreadsheet`, rowNumber);
        cell = { type: a.t, style: Number(a.s ?? 0), value: '', inline: '' };
      } else if (name === 'v' && cell) capture = 'value';
      else if (name === 'is') inInline = true;
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && inInline && phoneticDepth === 0) capture = 'inline';
    },
    close: (name) => {
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phoneticDepth = Math.max(0, phoneticDepth - 1);
      else if (name === 'c' && cell) {
        const text = formatCell(cell.type, cell.style, cell.value, decodeExcelEscapes(cell.inline), context);
        while (cells.length < column) cells.push('');
        cells[column] = text;
        cell = undefined;
      } else if (name === 'row') {
        if (!cells.some((c) => c !== '')) return;
        // One header row plus the data rows.
        if (records.length > MAX_XLSX_ROWS) throw new XlsxError('INKLESS_WEB_XLSX_TOO_MANY_ROWS', `row ${rowNumber}: the sheet has more than ${MAX_XLSX_ROWS} data rows: split it into smaller files`, rowNumber);
        records.push({ rowNumber, cells });
      }
    },
    text: (text) => {
      if (!cell || capture === undefined) return;
      if (capture === 'value') cell.value += text;
      else cell.inline += text;
    },
  });
  return records;
}

/** Header and rows as `parseCsv` gives them: trimmed, unique column names; short rows padded with ''. */
function buildTable(records: readonly SheetRecord[]): DataTable {
  const header = records[0];
  if (!header) throw new XlsxError('INKLESS_WEB_XLSX_NO_HEADER', 'the first sheet is empty: its first row must name the columns', 1);
  const columns = header.cells.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of columns) {
    if (name !== '' && seen.has(name)) throw new XlsxError('INKLESS_WEB_XLSX_DUPLICATE_HEADER', `row ${header.rowNumber}: the column "${name}" appears twice; rename one`, header.rowNumber);
    seen.add(name);
  }
  const rows = records.slice(1).map((record) => {
    const values = Object.create(null) as Record<string, string>;
    columns.forEach((name, c) => {
      if (name !== '') values[name] = record.cells[c] ?? '';
    });
    return { rowNumber: record.rowNumber, values };
  });
  return { columns: columns.filter((c) => c !== ''), rows };
}
