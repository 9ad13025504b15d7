import type { Issue } from '../errors/issue';
import type { SheetLayout } from './label-stock-types';

/** Where one label lands on the sheet, in mm from the page's top-left corner. */
export interface SheetCell {
  readonly index: number;
  readonly column: number;
  readonly row: number;
  readonly xMm: number;
  readonly yMm: number;
}

/** Slack for sheet datasheets rounded to 0.1 mm (L7160's 3 x 66.04 mm is 0.08 mm over A4). */
const FIT_TOLERANCE_MM = 0.5;

/**
 * Lists the label positions of one sheet, row by row, left to right: the order people read a sheet
 * and the order labels are printed onto it.
 *
 * @example
 * listSheetCells(avery5160).length; // 30
 */
export function listSheetCells(sheet: SheetLayout): SheetCell[] {
  const cells: SheetCell[] = [];
  for (let row = 0; row < sheet.rows; row++) {
    for (let column = 0; column < sheet.columns; column++) {
      cells.push({
        index: cells.length,
        column,
        row,
        xMm: sheet.marginLeftMm + column * sheet.pitchXMm,
        yMm: sheet.marginTopMm + row * sheet.pitchYMm,
      });
    }
  }
  return cells;
}

/** Checks a sheet layout is usable: positive numbers, labels not overlapping, all on the page. */
export function checkSheetLayout(sheet: SheetLayout, path = 'sheet'): Issue[] {
  const issues: Issue[] = [];
  const bad = (field: string, message: string): void => {
    issues.push({ code: 'INKLESS_OUTPUT_BAD_SIZE', path: `${path}.${field}`, message });
  };
  const positive = ['pageWidthMm', 'pageHeightMm', 'labelWidthMm', 'labelHeightMm', 'pitchXMm', 'pitchYMm'] as const;
  for (const field of positive) {
    if (!Number.isFinite(sheet[field]) || sheet[field] <= 0) bad(field, `${field} must be a positive number of mm, got ${sheet[field]}`);
  }
  for (const field of ['marginLeftMm', 'marginTopMm'] as const) {
    if (!Number.isFinite(sheet[field]) || sheet[field] < 0) bad(field, `${field} must be zero or more mm, got ${sheet[field]}`);
  }
  for (const field of ['columns', 'rows'] as const) {
    if (!Number.isInteger(sheet[field]) || sheet[field] < 1) bad(field, `${field} must be a whole number of 1 or more, got ${sheet[field]}`);
  }
  if (issues.length > 0) return issues;
  if (sheet.pitchXMm + FIT_TOLERANCE_MM < sheet.labelWidthMm) bad('pitchXMm', 'columns overlap: pitchXMm is less than the label width');
  if (sheet.pitchYMm + FIT_TOLERANCE_MM < sheet.labelHeightMm) bad('pitchYMm', 'rows overlap: pitchYMm is less than the label height');
  const right = sheet.marginLeftMm + (sheet.columns - 1) * sheet.pitchXMm + sheet.labelWidthMm;
  const bottom = sheet.marginTopMm + (sheet.rows - 1) * sheet.pitchYMm + sheet.labelHeightMm;
  if (right > sheet.pageWidthMm + FIT_TOLERANCE_MM) {
    issues.push({ code: 'INKLESS_OUTPUT_SHEET_OVERFLOW', path: `${path}.columns`, message: `the last column ends at ${right.toFixed(2)} mm, past the ${sheet.pageWidthMm} mm page width` });
  }
  if (bottom > sheet.pageHeightMm + FIT_TOLERANCE_MM) {
    issues.push({ code: 'INKLESS_OUTPUT_SHEET_OVERFLOW', path: `${path}.rows`, message: `the last row ends at ${bottom.toFixed(2)} mm, past the ${sheet.pageHeightMm} mm page height` });
  }
  return issues;
}
