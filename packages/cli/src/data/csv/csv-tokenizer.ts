import { ByteLocator } from '../byte-locator';
import { DataError } from '../data-error';
import { dataLimits } from '../data-row';

/** One CSV record before the header is applied. */
export interface CsvRecord {
  /** Record number, header = 1; blank lines count but are not emitted. */
  readonly rowNumber: number;
  readonly byteOffset: number;
  readonly fields: string[];
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

// Where the tokenizer is inside a field.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3; // saw `"` inside a quoted field: `""`, a delimiter, a line end or an error follows

/**
 * RFC 4180 state machine over decoded text chunks. Fields that span chunks are carried in one
 * partial string, which is what the size limits bound: memory stays O(maxRowChars) whatever the input.
 * A quote inside an unquoted field is kept as text (`5" screen`), as spreadsheets do.
 */
export class CsvTokenizer {
  /** The first record's fields, so errors can name the column. */
  private columnNames: readonly string[] = [];
  private sawHeader = false;
  private readonly delimiter: number;
  private readonly locator = new ByteLocator();
  private state = FIELD_START;
  private fields: string[] = [];
  private partial = '';
  private recordChars = 0;
  private sawQuote = false;
  private skipLf = false;
  private atStart = true;
  private rowNumber = 1;
  private recordStart = 0;
  private quoteStart = 0;

  constructor(delimiter: string, private readonly source: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses one chunk and appends every record it completes to `out`. */
  push(s: string, out: CsvRecord[]): void {
    const locator = this.locator;
    locator.beginChunk(s);
    const n = s.length;
    const d = this.delimiter;
    let i = 0;
    if (this.atStart && n > 0) {
      this.atStart = false;
      if (s.charCodeAt(0) === 0xfeff) i = 1; // UTF-8 byte order mark
      this.recordStart = locator.offsetAt(i);
    }
    if (this.skipLf && n > 0) {
      if (s.charCodeAt(0) === LF) i = 1;
      this.skipLf = false;
      this.recordStart = locator.offsetAt(i);
    }
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START) {
        if (s.charCodeAt(i) === QUOTE) {
          this.state = QUOTED;
          this.sawQuote = true;
          this.quoteStart = locator.offsetAt(i);
          i++;
        } else this.state = UNQUOTED;
        continue;
      }
      if (state === UNQUOTED) {
        const start = i;
        let c = 0;
        while (i < n) {
          c = s.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        if (i === n) {
          this.growPartial(s.slice(start, n), false);
          break;
        }
        this.pushField(this.partial === '' ? s.slice(start, i) : this.partial + s.slice(start, i), false);
        i = c === d ? this.startField(i + 1) : this.endLine(s, i, out);
        continue;
      }
      if (state === QUOTED) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          this.growPartial(s.slice(i), true);
          break;
        }
        this.growPartial(s.slice(i, q), true);
        this.state = QUOTE_IN_QUOTED;
        i = q + 1;
        continue;
      }
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        this.growPartial('"', true);
        this.state = QUOTED;
        i++;
      } else if (c === d) {
        this.pushField(this.partial, true);
        i = this.startField(i + 1);
      } else if (c === LF || c === CR) {
        this.pushField(this.partial, true);
        i = this.endLine(s, i, out);
      } else {
        throw this.error('INKLESS_DATA_BAD_QUOTE', `unexpected text after the closing quote at byte ${locator.offsetAt(i) - 1}${this.columnLabel()}; double a quote inside a quoted field ("")`, locator.offsetAt(i));
      }
    }
  }

  /** Ends the input: completes the last record (no final line break needed) or reports an open quote. */
  finish(out: CsvRecord[]): void {
    this.skipLf = false;
    if (this.state === QUOTED) {
      throw this.error('INKLESS_DATA_UNCLOSED_QUOTE', `unclosed quote starting at byte ${this.quoteStart}${this.columnLabel()}; close the field with "`, this.quoteStart);
    }
    if (this.state === FIELD_START && this.fields.length === 0) return;
    this.pushField(this.partial, this.state === QUOTE_IN_QUOTED);
    this.endRecord(out);
  }

  /** Record number of the record being read. */
  currentRowNumber(): number {
    return this.rowNumber;
  }

  private startField(i: number): number {
    this.state = FIELD_START;
    return i;
  }

  private endLine(s: string, i: number, out: CsvRecord[]): number {
    let next = i + 1;
    if (s.charCodeAt(i) === CR) {
      if (next < s.length) {
        if (s.charCodeAt(next) === LF) next++;
      } else this.skipLf = true;
    }
    this.endRecord(out);
    if (!this.skipLf) this.recordStart = this.locator.offsetAt(next);
    return next;
  }

  private endRecord(out: CsvRecord[]): void {
    const fields = this.fields;
    const blank = fields.length === 1 && fields[0] === '' && !this.sawQuote;
    if (!blank) {
      out.push({ rowNumber: this.rowNumber, byteOffset: this.recordStart, fields });
      if (!this.sawHeader) {
        this.sawHeader = true;
        this.columnNames = fields.map((name) => name.trim());
      }
    }
    this.rowNumber++;
    this.fields = [];
    this.recordChars = 0;
    this.sawQuote = false;
    this.state = FIELD_START;
  }

  private pushField(value: string, quoted: boolean): void {
    this.partial = '';
    this.checkSize(value.length, quoted);
    if (this.fields.length >= dataLimits.maxColumns) {
      throw this.error('INKLESS_DATA_TOO_MANY_COLUMNS', 'more than 10,000 columns; is the delimiter right?', this.recordStart);
    }
    this.recordChars += value.length;
    this.fields.push(value);
  }

  private growPartial(piece: string, quoted: boolean): void {
    if (piece === '') return;
    this.partial += piece;
    this.checkSize(this.partial.length, quoted);
  }

  private checkSize(fieldChars: number, quoted: boolean): void {
    if (fieldChars > dataLimits.maxFieldChars) {
      const hint = quoted ? `; is the quote starting at byte ${this.quoteStart} closed?` : '';
      throw this.error('INKLESS_DATA_FIELD_TOO_LARGE', `field${this.columnLabel()} is longer than 1 MiB${hint}`, quoted ? this.quoteStart : this.recordStart);
    }
    if (this.recordChars + fieldChars > dataLimits.maxRowChars) {
      throw this.error('INKLESS_DATA_ROW_TOO_LARGE', `row starting at byte ${this.recordStart} is longer than 4 MiB; check for unclosed quotes or missing line breaks`, this.recordStart);
    }
  }

  private columnLabel(): string {
    const index = this.fields.length;
    const name = this.columnNames[index];
    return name === undefined ? ` in column ${index + 1}` : ` in column "${name}"`;
  }

  private error(code: ConstructorParameters<typeof DataError>[0], detail: string, byteOffset: number): DataError {
    const name = this.columnNames[this.fields.length];
    return new DataError(code, detail, {
      source: this.source,
      rowNumber: this.rowNumber,
      column: name ?? String(this.fields.length + 1),
      byteOffset,
    });
  }
}
