import { ByteLocator } from '../byte-locator';
import { DataError } from '../data-error';
import { dataLimits, type DataRow } from '../data-row';
import type { TextRowReader } from '../read-text-rows';
import { parseFlatObject } from './parse-flat-object';

/** NDJSON / JSON Lines: one flat object per line; blank lines are skipped but counted. */
export class NdjsonReader implements TextRowReader {
  private readonly locator = new ByteLocator();
  private line = '';
  private lineNumber = 1;
  private lineStart = 0;
  private first = true;

  constructor(private readonly source: string) {}

  push(s: string): DataRow[] {
    const rows: DataRow[] = [];
    this.locator.beginChunk(s);
    let from = 0;
    if (this.first && s.length > 0) {
      this.first = false;
      if (s.charCodeAt(0) === 0xfeff) from = 1;
      this.lineStart = this.locator.offsetAt(from);
    }
    for (let nl = s.indexOf('\n', from); nl >= 0; nl = s.indexOf('\n', from)) {
      const text = this.line + s.slice(from, nl);
      this.line = '';
      this.takeLine(text, rows);
      from = nl + 1;
      this.lineStart = this.locator.offsetAt(from);
    }
    this.line += s.slice(from);
    if (this.line.length > dataLimits.maxRowChars) {
      throw new DataError('INKLESS_DATA_ROW_TOO_LARGE', 'the line is longer than 4 MiB; NDJSON needs one object per line', { source: this.source, rowNumber: this.lineNumber, byteOffset: this.lineStart });
    }
    return rows;
  }

  finish(): DataRow[] {
    const rows: DataRow[] = [];
    if (this.line !== '') this.takeLine(this.line, rows);
    this.line = '';
    return rows;
  }

  currentRowNumber(): number {
    return this.lineNumber;
  }

  private takeLine(text: string, rows: DataRow[]): void {
    const rowNumber = this.lineNumber++;
    if (text.trim() === '') return;
    const values = parseFlatObject(text, { source: this.source, rowNumber, byteOffset: this.lineStart, label: '' });
    rows.push({ rowNumber, values });
  }
}
