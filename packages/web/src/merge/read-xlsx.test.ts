import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx, XlsxError } from './read-xlsx';

/** An .xlsx file as exceljs writes it, with `rows` on its first sheet. */
async function writeXlsx(rows: readonly (readonly ExcelJS.CellValue[])[], configure?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const row of rows) sheet.addRow([...row]);
  configure?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A minimal hand-made workbook, for inline strings and booleans exceljs does not write. */
function zipWorkbook(sheetData: string): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId7"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId7" Target="worksheets/other.xml"/></Relationships>'),
    'xl/worksheets/other.xml': strToU8(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof XlsxError ? error.code : `not an XlsxError: ${String(error)}`;
  }
  return undefined;
}

describe('readXlsx', () => {
  it('reads strings, numbers, a date, an empty cell and Chinese text as exceljs wrote them', async () => {
    const bytes = await writeXlsx([
      ['name', 'price', 'count', 'packed', 'note'],
      ['苹果 apple', 12.5, 3, new Date(Date.UTC(2024, 2, 15)), null],
      ['梨', 7, 1000000, new Date(Date.UTC(1999, 11, 31)), 'fragile & "cold" <ok>'],
    ]);
    const table = readXlsx(bytes);
    expect(table.columns).toEqual(['name', 'price', 'count', 'packed', 'note']);
    expect(table.rows).toEqual([
      { rowNumber: 2, values: { name: '苹果 apple', price: '12.5', count: '3', packed: '2024-03-15', note: '' } },
      { rowNumber: 3, values: { name: '梨', price: '7', count: '1000000', packed: '1999-12-31', note: 'fragile & "cold" <ok>' } },
    ]);
  });

  it('leaves a date serial as a number when the cell has no date style, and reads a custom date format', async () => {
    const bytes = await writeXlsx([['plain', 'custom'], [45366, 45366]], (sheet) => {
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    });
    expect(readXlsx(bytes).rows[0]!.values).toEqual({ plain: '45366', custom: '2024-03-15' });
  });

  it('places cells by reference, so a gap (A1, C1) is an empty B', () => {
    const bytes = zipWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>'
      + '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="C4"><v>2.0</v></c></row>',
    );
    expect(readXlsx(bytes).rows).toEqual([{ rowNumber: 4, values: { a: 'TRUE', b: '', c: '2' } }]);
  });

  it('gives a coded error for a damaged zip, a workbook without sheets and a repeated column', async () => {
    const good = await writeXlsx([['a'], ['1']]);
    expect(codeOf(() => readXlsx(good.slice(0, good.length / 2)))).toBe('INKLESS_WEB_XLSX_CORRUPT');
    expect(codeOf(() => readXlsx(strToU8('name,price\nx,1\n')))).toBe('INKLESS_WEB_XLSX_CORRUPT');
    expect(codeOf(() => readXlsx(zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>') })))).toBe('INKLESS_WEB_XLSX_NO_SHEET');
    expect(codeOf(() => readXlsx(zipWorkbook('<row r="1"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t> a </t></is></c></row>')))).toBe('INKLESS_WEB_XLSX_DUPLICATE_HEADER');
  });

  it('refuses a sheet over 50 MB from its zip header, before inflating it', () => {
    const bytes = zipWorkbook('<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>');
    // Central directory entry (PK\x01\x02): the uncompressed size is the 4 bytes at offset 24.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode('xl/worksheets/other.xml');
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      if (nameLength === name.length && bytes.subarray(at + 46, at + 46 + nameLength).every((b, i) => b === name[i])) view.setUint32(at + 24, 60 * 1024 * 1024, true);
    }
    expect(codeOf(() => readXlsx(bytes))).toBe('INKLESS_WEB_XLSX_SHEET_TOO_LARGE');
  });

  it('refuses more than 100,000 data rows', () => {
    const rows = Array.from({ length: 100_002 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    expect(codeOf(() => readXlsx(zipWorkbook(rows)))).toBe('INKLESS_WEB_XLSX_TOO_MANY_ROWS');
    const atLimit = Array.from({ length: 100_001 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    expect(readXlsx(zipWorkbook(atLimit)).rows).toHaveLength(100_000);
  });

  it('reads back any table of strings exceljs wrote', async () => {
    // Printable text (XML 1.0 cannot hold most control characters), non-empty, unique trimmed headers.
    const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '&', '<', '"', "'", '中', '文', 'é', '😀', ',', '\n'), maxLength: 8 });
    const headerText = cellText.map((s) => s.trim()).filter((s) => s !== '');
    const tables = fc.uniqueArray(headerText, { minLength: 1, maxLength: 4 }).chain((columns) =>
      fc.record({ columns: fc.constant(columns), rows: fc.array(fc.array(cellText, { minLength: columns.length, maxLength: columns.length }), { maxLength: 5 }) }));
    await fc.assert(fc.asyncProperty(tables, async ({ columns, rows }) => {
      const table = readXlsx(await writeXlsx([columns, ...rows]));
      expect(table.columns).toEqual(columns);
      // Rows whose cells are all empty are skipped, as blank lines are in CSV.
      const expected = rows.map((cells, i) => ({ rowNumber: i + 2, values: Object.fromEntries(columns.map((c, j) => [c, cells[j]!])) })).filter((r) => Object.values(r.values).some((v) => v !== ''));
      expect(table.rows.map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } }))).toEqual(expected);
    }), { numRuns: 40 });
  });
});
