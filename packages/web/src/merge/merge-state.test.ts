import { describe, expect, it } from 'vitest';
import { EMPTY_MERGE, keepForLabel, listPrintRows, loadTable, setQuantity, toggleRow } from './merge-state';
import { parseCsv } from './parse-csv';

describe('merge selection', () => {
  it('prints ticked rows only, each as many times as its quantity, in file order', () => {
    let state = loadTable(parseCsv('sku,n\na,1\nb,2\nc,3\n'), 'x.csv', ['sku']);
    state = toggleRow(state, 3, false);
    state = { ...state, quantities: { 4: 2 } };
    expect(listPrintRows(state)).toEqual([{ rowNumber: 2, row: { sku: 'a' } }, { rowNumber: 4, row: { sku: 'c' } }, { rowNumber: 4, row: { sku: 'c' } }]);
    expect(listPrintRows(toggleRow(state, 3, true)).map((r) => r.rowNumber)).toEqual([2, 3, 4, 4]);
  });

  it('keeps a row quantity between 1 and 1000 whole labels', () => {
    const state = loadTable(parseCsv('sku\na\n'), 'x.csv', ['sku']);
    expect(setQuantity(state, 2, 3.4).quantities[2]).toBe(3);
    expect(setQuantity(state, 2, 0).quantities[2]).toBe(1);
    expect(setQuantity(state, 2, Number.NaN).quantities[2]).toBe(1);
    expect(setQuantity(state, 2, 1e6).quantities[2]).toBe(1000);
  });

  it('clears a merge loaded for another label and keeps the one loaded for this label', () => {
    const state = loadTable(parseCsv('sku\na\n'), 'x.csv', ['sku'], 'label-a');
    expect(keepForLabel(state, 'label-a')).toBe(state);
    expect(keepForLabel(state, 'label-b')).toBe(EMPTY_MERGE);
  });
});
