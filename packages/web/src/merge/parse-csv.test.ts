import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, detectDelimiter, parseCsv, parseCsvRecords } from './parse-csv';

/** Writes records as RFC 4180 text, quoting every field that needs it. */
function writeCsv(records: readonly (readonly string[])[], delimiter: string, eol: string): string {
  const quote = (f: string) => (/["\r\n]/.test(f) || f.includes(delimiter) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
  return records.map((r) => r.map(quote).join(delimiter)).join(eol);
}

describe('CSV in the browser', () => {
  it('reads back any records written with quoting, for each delimiter and line ending (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '\t', '"', '\n', '\r', ' ', '中') }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        (records, delimiter, eol) => {
          expect(parseCsvRecords(writeCsv(records, delimiter, eol), delimiter)).toEqual(records);
        },
      ),
    );
  });

  it('names columns from the header, numbers rows as a spreadsheet does and skips blank lines', () => {
    const table = parseCsv('\ufeffname;code\r\nAda;1\r\n\r\nBob\r\n');
    expect(table.columns).toEqual(['name', 'code']);
    expect(table.rows.map((r) => [r.rowNumber, { ...r.values }])).toEqual([[2, { name: 'Ada', code: '1' }], [4, { name: 'Bob', code: '' }]]);
  });

  it('detects the delimiter from the header line outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });

  it('says which row has an unclosed quote, and refuses a missing or duplicate header', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/row 2: a quoted field is never closed/);
    expect(() => parseCsv('')).toThrow(CsvError);
    expect(() => parseCsv('a,a\n1,2')).toThrow(/"a" appears twice/);
  });
});
