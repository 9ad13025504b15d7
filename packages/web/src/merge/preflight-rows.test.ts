import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the one Node font loader.
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { makeDocument } from '../editor/testing/make-document';
import { buildMergedRows, guessMapping } from './column-mapping';
import { parseCsv } from './parse-csv';
import { preflightRows } from './preflight-rows';

const fonts = loadBundledFonts();
const doc = makeDocument([
  { type: 'text', xMm: 1, yMm: 1, widthMm: 38, heightMm: 5, text: '{{name}}' },
  { type: 'barcode', xMm: 1, yMm: 8, widthMm: 60, heightMm: 15, symbology: 'ean13', data: '{{gtin}}' },
], { widthMm: 70, heightMm: 30 });

describe('merge preflight', () => {
  it('maps columns by name and reports a bad barcode payload and a missing field by row number', () => {
    const table = parseCsv('Name,GTIN\nAda,590123412345\nBob,12\n');
    const mapping = guessMapping(['name', 'gtin'], table.columns);
    expect(mapping).toEqual({ name: 'Name', gtin: 'GTIN' });
    const rows = buildMergedRows(table, mapping).map((row, i) => ({ rowNumber: table.rows[i]!.rowNumber, row }));
    const found = preflightRows(doc, fonts, rows, 0);
    expect(found.map((r) => r.rowNumber)).toEqual([3]);
    expect(found[0]!.issues[0]!.message).toMatch(/EAN-13/);
    const unmapped = buildMergedRows(table, { name: 'Name', gtin: undefined }).map((row, i) => ({ rowNumber: i + 2, row }));
    expect(preflightRows(doc, fonts, unmapped, 0).map((r) => [r.rowNumber, r.issues[0]!.message])).toEqual([
      [2, expect.stringMatching(/gtin/)], [3, expect.stringMatching(/gtin/)],
    ]);
  });

  it('a field left without a column says so and names the file\'s columns, not "no data row was given"', () => {
    const table = parseCsv('Name,GTIN\nAda,590123412345\n');
    const mapping = { name: undefined, gtin: undefined };
    const rows = buildMergedRows(table, mapping).map((row, i) => ({ rowNumber: table.rows[i]!.rowNumber, row }));
    const found = preflightRows(doc, fonts, rows, 0, { mapping, columns: table.columns });
    expect(found.map((r) => [r.rowNumber, r.issues.map((i) => [i.code, i.message])])).toEqual([[2, [
      ['INKLESS_VAR_MISSING', '{{name}} has no column: choose the column that fills "name" (the file\'s columns: Name, GTIN)'],
      ['INKLESS_VAR_MISSING', '{{gtin}} has no column: choose the column that fills "gtin" (the file\'s columns: Name, GTIN)'],
    ]]]);
  });

  it('the engine tells a row without columns from no row at all', () => {
    const compiled = preflightRows(doc, fonts, [{ rowNumber: 2, row: {} }], 0);
    expect(compiled[0]!.issues[0]!.message).toBe('{{name}} is neither a data column nor a variable (the data row has no columns)');
  });
});
