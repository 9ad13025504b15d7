import { describe, it, expect } from 'vitest';
import { findStock } from './label-stock';
import type { SheetLayout } from './label-stock-types';
import { checkSheetLayout, listSheetCells } from './sheet-layout';

const l7160 = findStock('avery-l7160')!.sheet!;

describe('listSheetCells', () => {
  it('numbers cells row by row from the top-left, at margin + index * pitch', () => {
    const cells = listSheetCells(l7160);
    expect(cells).toHaveLength(21);
    expect(cells[0]).toEqual({ index: 0, column: 0, row: 0, xMm: 7.2, yMm: 15.15 });
    expect(cells[2]).toMatchObject({ column: 2, row: 0, xMm: 7.2 + 2 * 66.04, yMm: 15.15 });
    expect(cells[3]).toMatchObject({ column: 0, row: 1, xMm: 7.2, yMm: 15.15 + 38.1 });
    expect(cells[20]!.yMm + l7160.labelHeightMm).toBeCloseTo(297 - 15.15, 6);
  });
});

describe('checkSheetLayout', () => {
  it('accepts a real sheet and reports one that runs off the page', () => {
    expect(checkSheetLayout(l7160)).toEqual([]);
    const tooWide: SheetLayout = { ...l7160, columns: 4 };
    expect(checkSheetLayout(tooWide)).toEqual([expect.objectContaining({ code: 'INKLESS_OUTPUT_SHEET_OVERFLOW', path: 'sheet.columns' })]);
  });

  it('reports overlapping labels and non-positive numbers', () => {
    expect(checkSheetLayout({ ...l7160, pitchYMm: 30 })[0]).toMatchObject({ path: 'sheet.pitchYMm', message: expect.stringMatching(/overlap/) });
    expect(checkSheetLayout({ ...l7160, rows: 0 })[0]).toMatchObject({ code: 'INKLESS_OUTPUT_BAD_SIZE', path: 'sheet.rows' });
  });
});
