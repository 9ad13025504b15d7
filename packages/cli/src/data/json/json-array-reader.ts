import { ByteLocator } from '../byte-locator';
import { DataError } from '../data-error';
import { dataLimits, type DataRow } from '../data-row';
import type { TextRowReader } from '../read-text-rows';
import { parseFlatObject } from './parse-flat-object';

// Where the reader is in `[ {...}, {...} ]`.
const BEFORE_ARRAY = 0;
const BEFORE_FIRST = 1; // after `[`: an element or `]`
const BEFORE_ELEMENT = 2; // after `,`: an element
const IN_ELEMENT = 3;
const AFTER_ELEMENT = 4; // `,` or `]`
const AFTER_ARRAY = 5;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Incremental tokenizer for a top-level JSON array of flat objects. It only finds each element's
 * bounds (braces outside strings), holding one element at most, then parses that element alone.
 */
export class JsonArrayReader implements TextRowReader {
  private readonly locator = new ByteLocator();
  private state = BEFORE_ARRAY;
  private element = '';
  private elementStart = 0;
  private index = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private first = true;

  constructor(private readonly source: string) {}

  push(s: string): DataRow[] {
    const rows: DataRow[] = [];
    this.locator.beginChunk(s);
    let i = 0;
    if (this.first && s.length > 0) {
      this.first = false;
      if (s.charCodeAt(0) === 0xfeff) i = 1;
    }
    while (i < s.length) {
      if (this.state === IN_ELEMENT) {
        i = this.scanElement(s, i, rows);
        continue;
      }
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if ((this.state === BEFORE_FIRST || this.state === BEFORE_ELEMENT) && c === 123) this.beginElement(i);
      else {
        this.step(c, i);
        i++;
      }
    }
    return rows;
  }

  finish(): DataRow[] {
    if (this.state === AFTER_ARRAY) return [];
    const detail = this.state === BEFORE_ARRAY
      ? 'is empty; expected a JSON array of objects such as [{"name": "Tea"}]'
      : this.state === IN_ELEMENT
        ? `element [${this.index}] starting at byte ${this.elementStart} is not closed`
        : 'ends before the array is closed with ]';
    throw this.error(detail, this.locator.endOffset(), this.state === IN_ELEMENT ? this.index + 1 : 0);
  }

  currentRowNumber(): number {
    return this.index + 1;
  }

  // Where the current element starts in the current chunk (0 once it spans chunks).
  private sliceFrom = 0;

  private beginElement(i: number): void {
    this.state = IN_ELEMENT;
    this.elementStart = this.locator.offsetAt(i);
    this.sliceFrom = i;
    this.element = '';
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  private step(c: number, i: number): void {
    const state = this.state;
    if (state === BEFORE_ARRAY) {
      if (c === 91) this.state = BEFORE_FIRST;
      else throw this.error(c === 123 ? 'holds one object; wrap the rows in [ ] or use a .ndjson file' : 'must be a JSON array of objects such as [{"name": "Tea"}]', this.locator.offsetAt(i), 0);
    } else if (state === BEFORE_FIRST && c === 93) this.state = AFTER_ARRAY;
    else if (state === BEFORE_FIRST || state === BEFORE_ELEMENT) {
      const what = c === 93 ? 'is missing after the trailing comma; remove the comma' : 'must be an object like {"name": "Tea", "qty": 3}';
      throw new DataError(c === 93 ? 'INKLESS_DATA_BAD_JSON' : 'INKLESS_DATA_NOT_AN_OBJECT', `element [${this.index}] ${what}`, { source: this.source, rowNumber: this.index + 1, byteOffset: this.locator.offsetAt(i) });
    } else if (state === AFTER_ELEMENT) {
      if (c === 44) this.state = BEFORE_ELEMENT;
      else if (c === 93) this.state = AFTER_ARRAY;
      else throw this.error(`expected , or ] after element [${this.index - 1}]`, this.locator.offsetAt(i), this.index);
    } else throw this.error('has text after the closing ]', this.locator.offsetAt(i), 0);
  }

  // Scans from i; on the element's closing brace parses it and returns the index after it.
  private scanElement(s: string, i: number, rows: DataRow[]): number {
    const from = this.element === '' ? this.sliceFrom : 0;
    let { depth, inString, escaped } = this;
    const n = s.length;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if ((c === 125 || c === 93) && --depth === 0) {
        const text = this.element + s.slice(from, i + 1);
        this.checkSize(text.length);
        this.index++;
        const values = parseFlatObject(text, { source: this.source, rowNumber: this.index, byteOffset: this.elementStart, label: `element [${this.index - 1}]` });
        rows.push({ rowNumber: this.index, values });
        this.element = '';
        this.state = AFTER_ELEMENT;
        return i + 1;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.element += s.slice(from, n);
    this.sliceFrom = 0;
    this.checkSize(this.element.length);
    return n;
  }

  private checkSize(chars: number): void {
    if (chars > dataLimits.maxRowChars) {
      throw new DataError('INKLESS_DATA_ROW_TOO_LARGE', `element [${this.index}] starting at byte ${this.elementStart} is longer than 4 MiB`, { source: this.source, rowNumber: this.index + 1, byteOffset: this.elementStart });
    }
  }

  private error(detail: string, byteOffset: number, rowNumber: number): DataError {
    return new DataError('INKLESS_DATA_BAD_JSON', `${rowNumber > 0 ? '' : 'the file '}${detail}`, { source: this.source, rowNumber, byteOffset });
  }
}
