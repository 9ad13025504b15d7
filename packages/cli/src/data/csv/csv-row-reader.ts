import { DataError } from '../data-error';
import { createValues, dataLimits, type DataRow } from '../data-row';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';
import { detectDelimiter } from './detect-delimiter';

/** CSV options: `source` names the file in messages. */
export interface CsvOptions {
  readonly source?: string;
  /** One character; default: detected from the header line. */
  readonly delimiter?: string;
  readonly allowShortRows?: boolean;
}

/**
 * Turns decoded text chunks into DataRows: detects the delimiter, reads the header, checks each
 * record's width. Push-based so the same core serves strings (tests) and byte streams (files).
 */
export class CsvRowReader {
  private readonly source: string;
  private tokenizer: CsvTokenizer | undefined;
  private pending = '';
  private header: string[] | undefined;
  private readonly records: CsvRecord[] = [];

  constructor(private readonly options: CsvOptions = {}) {
    this.source = options.source ?? 'input';
    const delimiter = options.delimiter;
    if (delimiter !== undefined) {
      if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        throw new DataError('INKLESS_DATA_BAD_OPTION', `delimiter ${JSON.stringify(delimiter)} must be one character other than a quote or line break`, { source: this.source, rowNumber: 0 });
      }
      this.tokenizer = new CsvTokenizer(delimiter, this.source);
    }
  }

  /** Feeds one chunk; returns the rows it completed. */
  push(text: string): DataRow[] {
    let tokenizer = this.tokenizer;
    if (tokenizer === undefined) {
      this.pending += text;
      tokenizer = this.startWhenDetected(false);
      if (tokenizer === undefined) return [];
      text = this.takePending();
    }
    const ready = tokenizer;
    return this.drain((out) => ready.push(text, out));
  }

  /** Ends the input; returns the last rows. */
  finish(): DataRow[] {
    const tokenizer = this.tokenizer ?? this.startWhenDetected(true)!;
    const held = this.takePending();
    const rows = this.drain((out) => {
      tokenizer.push(held, out);
      tokenizer.finish(out);
    });
    if (this.header === undefined) {
      throw new DataError('INKLESS_DATA_NO_HEADER', 'the file is empty; the first line must name the columns', { source: this.source, rowNumber: 0 });
    }
    return rows;
  }

  /** The record the reader is inside (header = 1), for errors found outside the parser. */
  currentRowNumber(): number {
    return this.tokenizer?.currentRowNumber() ?? 1;
  }

  private startWhenDetected(ended: boolean): CsvTokenizer | undefined {
    const delimiter = detectDelimiter(this.pending, ended);
    if (delimiter === undefined) {
      if (this.pending.length > dataLimits.maxRowChars) {
        throw new DataError('INKLESS_DATA_ROW_TOO_LARGE', 'the header line is longer than 4 MiB; check for an unclosed quote', { source: this.source, rowNumber: 1, byteOffset: 0 });
      }
      return undefined;
    }
    return (this.tokenizer = new CsvTokenizer(delimiter, this.source));
  }

  private takePending(): string {
    const held = this.pending;
    this.pending = '';
    return held;
  }

  private drain(run: (out: CsvRecord[]) => void): DataRow[] {
    run(this.records);
    const rows: DataRow[] = [];
    for (const record of this.records) {
      const row = this.toRow(record);
      if (row !== undefined) rows.push(row);
    }
    this.records.length = 0;
    return rows;
  }

  private toRow(record: CsvRecord): DataRow | undefined {
    const header = this.header;
    if (header === undefined) {
      this.header = this.readHeader(record);
      return undefined;
    }
    const fields = record.fields;
    if (fields.length > header.length) {
      throw this.error(record, 'INKLESS_DATA_TOO_MANY_FIELDS', `${fields.length} fields but the header has ${header.length} columns; quote fields that contain the delimiter`);
    }
    if (fields.length < header.length && !this.options.allowShortRows) {
      throw this.error(record, 'INKLESS_DATA_TOO_FEW_FIELDS', `${fields.length} fields but the header has ${header.length} columns (missing "${header[fields.length]}"); add the missing fields or allow short rows`, header[fields.length]);
    }
    const values = createValues();
    for (let k = 0; k < header.length; k++) values[header[k]!] = fields[k] ?? '';
    return { rowNumber: record.rowNumber, values };
  }

  private readHeader(record: CsvRecord): string[] {
    const seen = new Set<string>();
    return record.fields.map((raw, k) => {
      const name = raw.trim();
      if (name === '') throw this.error(record, 'INKLESS_DATA_EMPTY_HEADER', `header of column ${k + 1} is empty; give every column a name`, String(k + 1));
      if (seen.has(name)) throw this.error(record, 'INKLESS_DATA_DUPLICATE_HEADER', `column name "${name}" appears twice in the header; rename one`, name);
      seen.add(name);
      return name;
    });
  }

  private error(record: CsvRecord, code: ConstructorParameters<typeof DataError>[0], detail: string, column?: string): DataError {
    return new DataError(code, detail, { source: this.source, rowNumber: record.rowNumber, byteOffset: record.byteOffset, ...(column === undefined ? {} : { column }) });
  }
}
