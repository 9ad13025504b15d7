import { describe, it, expect } from 'vitest';
import { parseCsvChunks } from './parse-csv-chunks';
import type { CsvOptions } from './csv-row-reader';
import { DataError } from '../data-error';

type Plain = { rowNumber: number; values: Record<string, string> };

function parse(text: string, options: CsvOptions = {}): Plain[] {
  return [...parseCsvChunks([text], options)].map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } }));
}

/** Parses whole, split at every position, and one character at a time; all must agree. */
function parseEverySplit(text: string, options: CsvOptions = {}): Plain[] {
  const whole = parse(text, options);
  const plain = (chunks: string[]) => [...parseCsvChunks(chunks, options)].map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } }));
  for (let k = 0; k <= text.length; k++) expect(plain([text.slice(0, k), text.slice(k)])).toEqual(whole);
  expect(plain([...text])).toEqual(whole);
  return whole;
}

function catchError(text: string | string[], options: CsvOptions = {}): DataError {
  try {
    Array.from(parseCsvChunks(typeof text === 'string' ? [text] : text, { source: 'rows.csv', ...options }));
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
}

describe('parseCsvChunks: RFC 4180 edges', () => {
  it('reads header and rows, first data row is row 2', () => {
    expect(parseEverySplit('name,qty\nTea,3\nCoffee,12\n')).toEqual([
      { rowNumber: 2, values: { name: 'Tea', qty: '3' } },
      { rowNumber: 3, values: { name: 'Coffee', qty: '12' } },
    ]);
  });

  it('handles quoted fields with delimiters, doubled quotes and line breaks of every kind', () => {
    expect(parseEverySplit('a,b\r\n"x,y","say ""hi"""\r\n"l1\r\nl2","l3\nl4\rl5"\r\n')).toEqual([
      { rowNumber: 2, values: { a: 'x,y', b: 'say "hi"' } },
      { rowNumber: 3, values: { a: 'l1\r\nl2', b: 'l3\nl4\rl5' } },
    ]);
  });

  it('accepts LF, CRLF and CR line endings and a missing final line break', () => {
    const expected = [{ rowNumber: 2, values: { a: '1', b: '2' } }, { rowNumber: 3, values: { a: '3', b: '4' } }];
    expect(parseEverySplit('a,b\n1,2\n3,4')).toEqual(expected);
    expect(parseEverySplit('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(parseEverySplit('a,b\r1,2\r3,4\r')).toEqual(expected);
  });

  it('strips a UTF-8 BOM from the first header name', () => {
    expect(parseEverySplit('\uFEFFsku,name\n1,Tea\n')).toEqual([{ rowNumber: 2, values: { sku: '1', name: 'Tea' } }]);
  });

  it('skips blank lines but counts them in row numbers; a quoted empty field is a row', () => {
    expect(parseEverySplit('a\n1\n\n\n2\n""\n\n')).toEqual([
      { rowNumber: 2, values: { a: '1' } },
      { rowNumber: 5, values: { a: '2' } },
      { rowNumber: 6, values: { a: '' } },
    ]);
  });

  it('keeps empty fields, trailing empty fields and whitespace inside values', () => {
    expect(parseEverySplit('a,b,c\n,, x \n1,,\n')).toEqual([
      { rowNumber: 2, values: { a: '', b: '', c: ' x ' } },
      { rowNumber: 3, values: { a: '1', b: '', c: '' } },
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseEverySplit('size\n5" screen\n')).toEqual([{ rowNumber: 2, values: { size: '5" screen' } }]);
  });

  it('trims header names', () => {
    expect(parse(' name , qty \nTea,3\n')[0]!.values).toEqual({ name: 'Tea', qty: '3' });
  });

  it('row numbers count records, not physical lines', () => {
    expect(parse('a\n"x\ny"\nz\n').map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('detects ; and tab from the header, ignoring delimiters inside quotes', () => {
    expect(parseEverySplit('name;qty\nTea, green;3\n')).toEqual([{ rowNumber: 2, values: { name: 'Tea, green', qty: '3' } }]);
    expect(parse('name\tqty\nTea;x\t3\n')[0]!.values).toEqual({ name: 'Tea;x', qty: '3' });
    expect(parse('"a;b;c",d\n1,2\n')[0]!.values).toEqual({ 'a;b;c': '1', d: '2' });
    expect(parse('only\nx;y\n')[0]!.values).toEqual({ only: 'x;y' });
  });

  it('uses an explicit delimiter over detection', () => {
    expect(parse('a,b|c\n1|2\n', { delimiter: '|' })[0]!.values).toEqual({ 'a,b': '1', c: '2' });
  });

  it('fills short rows with empty strings when allowed', () => {
    expect(parse('a,b,c\n1\n', { allowShortRows: true })[0]!.values).toEqual({ a: '1', b: '', c: '' });
  });

  it('gives values without a prototype, so __proto__ is an ordinary column', () => {
    const [row] = parse('__proto__,b\nx,y\n');
    expect(row!.values).toEqual({ ['__proto__']: 'x', b: 'y' });
    expect(Object.getPrototypeOf([...parseCsvChunks(['__proto__\nx\n'])][0]!.values)).toBe(null);
  });

  it('returns no rows for a header-only file', () => {
    expect(parse('a,b\n')).toEqual([]);
  });
});

describe('parseCsvChunks: errors say what and where', () => {
  it('unclosed quote: row, byte offset of the quote and column', () => {
    const e = catchError('a,b\n1,2\n3,"oops\n4,5\n');
    expect([e.code, e.rowNumber, e.byteOffset, e.column]).toEqual(['INKLESS_DATA_UNCLOSED_QUOTE', 3, 10, 'b']);
    expect(e.message).toBe('rows.csv row 3: unclosed quote starting at byte 10 in column "b"; close the field with "');
  });

  it('byte offsets count UTF-8 bytes and the BOM', () => {
    const e = catchError(['\uFEFFa,b\nü€,"x'], {});
    expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_UNCLOSED_QUOTE', 2, 3 + 4 + 2 + 3 + 1]);
  });

  it('text after a closing quote', () => {
    const e = catchError('a,b\n"1"x,2\n');
    expect([e.code, e.rowNumber, e.byteOffset, e.column]).toEqual(['INKLESS_DATA_BAD_QUOTE', 2, 7, 'a']);
  });

  it('too many fields names the row and the record start byte', () => {
    const e = catchError('a,b\n1,2\n3,4,5\n');
    expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_TOO_MANY_FIELDS', 3, 8]);
    expect(e.message).toContain('3 fields but the header has 2 columns');
  });

  it('too few fields is an error unless allowed, naming the first missing column', () => {
    const e = catchError('a,b,c\r\n1,2,3\r\n\r\n4,5\r\n');
    expect([e.code, e.rowNumber, e.byteOffset, e.column]).toEqual(['INKLESS_DATA_TOO_FEW_FIELDS', 4, 16, 'c']);
  });

  it('empty and duplicate header names name the column', () => {
    const empty = catchError('a,,c\n1,2,3\n');
    expect([empty.code, empty.rowNumber, empty.column]).toEqual(['INKLESS_DATA_EMPTY_HEADER', 1, '2']);
    const dup = catchError('sku, name ,name\n');
    expect([dup.code, dup.rowNumber, dup.column]).toEqual(['INKLESS_DATA_DUPLICATE_HEADER', 1, 'name']);
  });

  it('an empty file has no header', () => {
    expect(catchError('').code).toBe('INKLESS_DATA_NO_HEADER');
    expect(catchError('\n\n').code).toBe('INKLESS_DATA_NO_HEADER');
  });

  it('a field over 1 MiB is refused even while its chunks arrive', () => {
    const chunk = 'x'.repeat(64 * 1024);
    const e = catchError(['a\n"', ...Array.from({ length: 17 }, () => chunk)]);
    expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_FIELD_TOO_LARGE', 2, 2]);
    expect(e.message).toContain('is the quote starting at byte 2 closed?');
  });

  it('a row over 4 MiB is refused', () => {
    const field = 'y'.repeat(1000 * 1000);
    const e = catchError(['a,b,c,d,e\n', `${field},${field},${field},${field},${field}\n`]);
    expect([e.code, e.rowNumber]).toEqual(['INKLESS_DATA_ROW_TOO_LARGE', 2]);
  });

  it('more than 10,000 columns is refused', () => {
    const e = catchError(','.repeat(10_000));
    expect([e.code, e.rowNumber]).toEqual(['INKLESS_DATA_TOO_MANY_COLUMNS', 1]);
  });

  it('a bad delimiter option is refused', () => {
    expect(catchError('a\n', { delimiter: '"' }).code).toBe('INKLESS_DATA_BAD_OPTION');
    expect(catchError('a\n', { delimiter: ';;' }).code).toBe('INKLESS_DATA_BAD_OPTION');
  });
});
