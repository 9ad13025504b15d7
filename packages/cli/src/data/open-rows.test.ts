import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openRows } from './open-rows';
import { collectRows, expectDataError } from './testing-rows';
import { DataError } from './data-error';
import { dataErrorCodes } from './data-error-codes';
import type { OpenRowsOptions } from './data-row';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkless-rows-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function collect(path: string, options: OpenRowsOptions = {}) {
  return collectRows(openRows(path, options));
}

function catchError(path: string, options: OpenRowsOptions = {}): Promise<DataError> {
  return expectDataError(() => openRows(path, options));
}

describe('openRows', () => {
  it('chooses the reader by extension', async () => {
    const expected = [{ rowNumber: 2, values: { sku: '1', name: 'Tea' } }];
    expect(await collect(await file('a.csv', 'sku;name\n1;Tea\n'))).toEqual(expected);
    expect(await collect(await file('a.TSV', 'sku\tname\n1\tTea\n'))).toEqual(expected);
    expect(await collect(await file('a.json', '[{"sku": 1, "name": "Tea"}]'))).toEqual([{ rowNumber: 1, values: { sku: '1', name: 'Tea' } }]);
    expect(await collect(await file('a.ndjson', '\n{"sku": 1, "name": "Tea"}\n'))).toEqual(expected);
    expect(await collect(await file('a.jsonl', '{"sku": 1, "name": "Tea"}'))).toEqual([{ rowNumber: 1, values: { sku: '1', name: 'Tea' } }]);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRows([['sku', 'name'], [1, 'Tea']]);
    const xlsx = join(dir, 'a.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    expect(await collect(xlsx)).toEqual(expected);
  });

  it('.tsv does not split on commas; an explicit delimiter still wins', async () => {
    expect(await collect(await file('b.tsv', 'a,b\tc\n1,2\t3\n'))).toEqual([{ rowNumber: 2, values: { 'a,b': '1,2', c: '3' } }]);
    expect(await collect(await file('c.tsv', 'a|b\n1|2\n'), { delimiter: '|' })).toEqual([{ rowNumber: 2, values: { a: '1', b: '2' } }]);
  });

  it('names the file as given in messages', async () => {
    const path = await file('bad.csv', 'a,b\n1,2,3\n');
    const e = await catchError(path);
    expect(e.message).toBe(`${path} row 2: 3 fields but the header has 2 columns; quote fields that contain the delimiter`);
  });

  it('unknown extension, missing file and folder are DataErrors', async () => {
    expect((await catchError(await file('a.txt', 'x'))).code).toBe('INKLESS_DATA_UNSUPPORTED_FORMAT');
    const missing = await catchError(join(dir, 'missing.csv'));
    expect([missing.code, missing.message]).toEqual(['INKLESS_DATA_FILE_UNREADABLE', `${join(dir, 'missing.csv')}: file not found; check the path`]);
    await mkdir(join(dir, 'folder.csv'));
    expect((await catchError(join(dir, 'folder.csv'))).code).toBe('INKLESS_DATA_FILE_UNREADABLE');
  });

  it('stops with INKLESS_DATA_ABORTED when the signal fires mid-file', async () => {
    const path = await file('long.csv', 'n\n' + Array.from({ length: 5000 }, (_, k) => k).join('\n'));
    const controller = new AbortController();
    let read = 0;
    const e = await (async () => {
      try {
        for await (const _row of openRows(path, { signal: controller.signal })) if (++read === 10) controller.abort();
      } catch (error) {
        return error as DataError;
      }
      throw new Error('expected abort');
    })();
    expect([e.code, read]).toEqual(['INKLESS_DATA_ABORTED', 10]);
  });

  it('every code has a one-line meaning and the INKLESS_DATA_ prefix', () => {
    for (const [code, meaning] of Object.entries(dataErrorCodes)) {
      expect(code).toMatch(/^INKLESS_DATA_[A-Z_]+$/);
      expect(meaning).toMatch(/^\S.*\.$/);
      expect(meaning).not.toContain('\n');
    }
  });
});
