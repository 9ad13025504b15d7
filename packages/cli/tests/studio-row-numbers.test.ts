import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openRows } from '../src/data';
// The studio's readers (pure, run here in Node): the merge panel shows their row numbers.
import { parseCsv } from '../../web/src/merge/parse-csv';
import { readXlsx } from '../../web/src/merge/read-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'inkless-studio-rows-'));

async function cliRowNumbers(path: string): Promise<number[]> {
  const numbers = [];
  for await (const row of openRows(path)) numbers.push(row.rowNumber);
  return numbers;
}

describe('the studio numbers rows as the CLI does (decision 002)', () => {
  it('CSV: header row 1, a quoted line break stays one row, blank lines keep their numbers', async () => {
    const path = join(dir, 'rows.csv');
    writeFileSync(path, '\uFEFFname,code\r\nTea,1\r\n\r\n"Two\r\nlines",2\r\nJam,3\r\n\r\nEgg,4\r\n');
    const studio = parseCsv(readFileSync(path, 'utf8')).rows.map((r) => r.rowNumber);
    expect(studio).toEqual([2, 4, 5, 7]);
    expect(await cliRowNumbers(path)).toEqual(studio);
  });

  it('XLSX: the sheet row, empty rows skipped but counted', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.getRow(1).values = ['name', 'code'];
    sheet.getRow(2).values = ['Tea', '1'];
    sheet.getRow(5).values = ['Jam', '3'];
    const path = join(dir, 'rows.xlsx');
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const studio = readXlsx(new Uint8Array(readFileSync(path))).rows.map((r) => r.rowNumber);
    expect(studio).toEqual([2, 5]);
    expect(await cliRowNumbers(path)).toEqual(studio);
  });
});
