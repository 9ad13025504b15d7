import { describe, expect, it } from 'vitest';
import { listPrintRows, loadTable, toggleRow } from './merge-state';
import { parseCsv } from './parse-csv';

describe('merge selection', () => {
  it('prints ticked rows only, each as many times as its quantity, in file order', () => {
    let state = loadTable(parseCsv('sku,n\na,1\nb,2\nc,3\n'), 'x.csv', ['sku']);
    state = toggleRow(state, 3, false);
    state = { ...state, quantities: { 4: 2 } };
    expect(listPrintRows(state)).toEqual([{ rowNumber: 2, row: { sku: 'a' } }, { rowNumber: 4, row: { sku: 'c' } }, { rowNumber: 4, row: { sku: 'c' } }]);
    expect(listPrintRows(toggleRow(state, 3, true)).map((r) => r.rowNumber)).toEqual([2, 3, 4, 4]);
  });
});
