/** A table read from CSV text: the header row's names and each data row with its row number. */
export interface DataTable {
  readonly columns: readonly string[];
  /** `rowNumber` is the record number as a spreadsheet shows it: the header is row 1. */
  readonly rows: readonly { readonly rowNumber: number; readonly values: Readonly<Record<string, string>> }[];
}

/** Why CSV text could not be read, and at which row, so the user can fix the file. */
export class CsvError extends Error {
  constructor(readonly code: 'INKLESS_WEB_CSV_NO_HEADER' | 'INKLESS_WEB_CSV_UNCLOSED_QUOTE' | 'INKLESS_WEB_CSV_DUPLICATE_HEADER', message: string, readonly rowNumber: number) {
    super(message);
    this.name = 'CsvError';
  }
}

/** The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes (`,` on a tie). */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

/**
 * Splits RFC 4180 text into records of fields: quoted fields may hold delimiters, line breaks and
 * doubled quotes; CRLF, LF and CR end records; a UTF-8 BOM is dropped. The whole text at once (a
 * browser merge holds the file in memory anyway). The CLI's streaming reader
 * (packages/cli/src/data/csv/parse-csv-chunks.ts) is pure too and should move to a shared package.
 */
export function parseCsvRecords(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  // Whether the current record has begun (a quoted empty field "" is a record of one empty field).
  let begun = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
    begun = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== '\r' && ch !== '\n') begun = true;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new CsvError('INKLESS_WEB_CSV_UNCLOSED_QUOTE', `row ${records.length + 1}: a quoted field is never closed; add the closing "`, records.length + 1);
  if (begun) endRecord();
  return records;
}

/**
 * A CSV file as a table: the first record names the columns; blank lines are skipped (but keep
 * their row numbers); short rows get '' for missing cells, extra cells are dropped.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): DataTable {
  const records = parseCsvRecords(text, delimiter);
  const header = records[0];
  if (!header || header.every((h) => h.trim() === '')) throw new CsvError('INKLESS_WEB_CSV_NO_HEADER', 'the file has no header row: the first line must name the columns', 1);
  const columns = header.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of columns) {
    if (name !== '' && seen.has(name)) throw new CsvError('INKLESS_WEB_CSV_DUPLICATE_HEADER', `row 1: the column "${name}" appears twice; rename one`, 1);
    seen.add(name);
  }
  const rows = records.slice(1).flatMap((cells, index) => {
    if (cells.length === 1 && cells[0] === '') return [];
    const values = Object.create(null) as Record<string, string>;
    columns.forEach((name, c) => {
      if (name !== '') values[name] = cells[c] ?? '';
    });
    return [{ rowNumber: index + 2, values }];
  });
  return { columns: columns.filter((c) => c !== ''), rows };
}
