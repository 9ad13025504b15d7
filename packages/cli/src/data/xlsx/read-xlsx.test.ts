import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx, columnLetters, type XlsxOptions } from './read-xlsx';
import { collectRows, expectDataError } from '../testing-rows';
import { formatNumber, isDateFormat } from './cell-to-text';
import { DataError } from '../data-error';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkless-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a workbook with exceljs's writer; each sheet is a list of rows (arrays of cell values). */
async function writeWorkbook(name: string, sheets: Record<string, ExcelJS.CellValue[][]>, formats: Record<string, string> = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    }));
    for (const [address, numFmt] of Object.entries(formats)) sheet.getCell(address).numFmt = numFmt;
  }
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

function collect(path: string, options: XlsxOptions = {}) {
  return collectRows(readXlsx(path, { source: 'rows.xlsx', ...options }));
}

function catchError(path: string, options: XlsxOptions = {}): Promise<DataError> {
  return expectDataError(() => readXlsx(path, { source: 'rows.xlsx', ...options }));
}

describe('readXlsx', () => {
  it('reads the first sheet: header row, typed cells as text, empty rows skipped, sheet row numbers', async () => {
    const path = await writeWorkbook('items.xlsx', {
      Items: [
        [' sku ', 'price', 'when', 'stamp', 'rich', 'formula', 'ok', 'link'],
        ['A-1', 0.1 + 0.2, new Date(Date.UTC(2024, 0, 31)), new Date(Date.UTC(2024, 0, 31, 13, 5, 9)), { richText: [{ text: 'Bo' }, { text: 'ld', font: { bold: true } }] }, { formula: 'B2*2', result: 0.6000000000000001 }, true, { text: 'site', hyperlink: 'https://example.com' }],
        [],
        ['B-2', 12345678901234],
        [undefined, undefined, undefined, undefined, undefined, undefined, false],
      ],
      Second: [['other'], ['x']],
    });
    expect(await collect(path)).toEqual([
      { rowNumber: 2, values: { sku: 'A-1', price: '0.3', when: '2024-01-31', stamp: '2024-01-31T13:05:09', rich: 'Bold', formula: '0.6', ok: 'true', link: 'site' } },
      { rowNumber: 4, values: { sku: 'B-2', price: '12345678901234', when: '', stamp: '', rich: '', formula: '', ok: '', link: '' } },
      { rowNumber: 5, values: { sku: '', price: '', when: '', stamp: '', rich: '', formula: '', ok: 'false', link: '' } },
    ]);
  });

  it('picks a sheet by name and lists the names when it is missing', async () => {
    const path = await writeWorkbook('two.xlsx', { First: [['a'], ['1']], Second: [['b'], ['2']] });
    expect(await collect(path, { sheet: 'Second' })).toEqual([{ rowNumber: 2, values: { b: '2' } }]);
    const e = await catchError(path, { sheet: 'Third' });
    expect([e.code, e.rowNumber, e.message]).toEqual(['INKLESS_DATA_SHEET_NOT_FOUND', 0, 'rows.xlsx: the workbook has no worksheet "Third"; it has "First", "Second"']);
  });

  it('the header may start below empty rows and a date-formatted formula result becomes a date', async () => {
    const path = await writeWorkbook('fmt.xlsx', { S: [[], ['d', 'n'], [{ formula: 'DATE(2024,2,29)', result: 45351 }, 7]] }, { A3: 'yyyy-mm-dd' });
    expect(await collect(path)).toEqual([{ rowNumber: 3, values: { d: '2024-02-29', n: '7' } }]);
  });

  it('errors: duplicate header, value under an empty header, Excel error cells, empty sheet', async () => {
    const dup = await catchError(await writeWorkbook('dup.xlsx', { S: [['a', 'b', 'a'], [1, 2, 3]] }));
    expect([dup.code, dup.rowNumber, dup.column]).toEqual(['INKLESS_DATA_DUPLICATE_HEADER', 1, 'a']);
    const unnamed = await catchError(await writeWorkbook('gap.xlsx', { S: [['a', undefined, 'c'], [1, undefined, 3], [1, 2, 3]] }));
    expect([unnamed.code, unnamed.rowNumber, unnamed.column, unnamed.message]).toEqual([
      'INKLESS_DATA_UNNAMED_COLUMN', 3, 'B', 'rows.xlsx row 3: cell B3 has a value but column B has no header; name the column or clear the cell',
    ]);
    const cellError = await catchError(await writeWorkbook('err.xlsx', { S: [['a'], ['ok'], [{ error: '#N/A' } as ExcelJS.CellErrorValue]] }));
    expect([cellError.code, cellError.rowNumber, cellError.column]).toEqual(['INKLESS_DATA_CELL_ERROR', 3, 'A']);
    const empty = await catchError(await writeWorkbook('empty.xlsx', { S: [] }));
    expect(empty.code).toBe('INKLESS_DATA_NO_HEADER');
  });

  it('a file that is not a workbook is INKLESS_DATA_BAD_XLSX', async () => {
    const path = join(dir, 'fake.xlsx');
    await writeFile(path, 'sku,name\n1,Tea\n');
    expect((await catchError(path)).code).toBe('INKLESS_DATA_BAD_XLSX');
  });

  it('stops when the signal fires', async () => {
    const path = await writeWorkbook('many.xlsx', { S: [['n'], ...Array.from({ length: 50 }, (_, k) => [k])] });
    const controller = new AbortController();
    let read = 0;
    const e = await (async () => {
      try {
        for await (const _row of readXlsx(path, { signal: controller.signal })) if (++read === 3) controller.abort();
      } catch (error) {
        return error as DataError;
      }
      throw new Error('expected abort');
    })();
    expect([e.code, read]).toEqual(['INKLESS_DATA_ABORTED', 3]);
  });
});

describe('cell text helpers', () => {
  it('formats numbers as Excel shows them', () => {
    expect([0.1 + 0.2, 1 / 3, 1e21, -0.5, 100, 2.675].map(formatNumber)).toEqual(['0.3', '0.333333333333333', '1e+21', '-0.5', '100', '2.675']);
  });
  it('tells date formats from number formats', () => {
    expect(['yyyy-mm-dd', 'd/m/yy h:mm', '[$-409]mmm d', 'General', '0.00', '"days"0', '[Red]0.0'].map(isDateFormat)).toEqual([true, true, true, false, false, false, false]);
  });
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
