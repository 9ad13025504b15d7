import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli';

// One numbering everywhere (docs/decisions/002): the row a spreadsheet shows. In this CSV the
// header is row 1, the bad EAN is on row 3, and the quoted line break keeps row 4 one row.
const dir = mkdtempSync(join(tmpdir(), 'inkless-row-numbers-'));
const label = join(dir, 'tag.json');
writeFileSync(label, JSON.stringify({
  schemaVersion: 2, label: { widthMm: 50, heightMm: 30 },
  elements: [
    { type: 'text', xMm: 1, yMm: 1, widthMm: 48, heightMm: 8, text: '{{name}}' },
    { type: 'barcode', xMm: 1, yMm: 10, widthMm: 48, heightMm: 18, symbology: 'ean13', data: '{{ean}}' },
  ],
}));
const csv = join(dir, 'rows.csv');
writeFileSync(csv, 'name,ean\nTea,590123412345\nBad,12\n"Two\nlines",400638133393\nJam,590123412345\n');

describe('row numbers in the CLI', () => {
  it('messages, --rows and output file names all use the spreadsheet row', async () => {
    const out = join(dir, 'all');
    const all = await runCli(['render', label, '--data', csv, '--out', out, '--quiet']);
    expect(all.code).toBe(1);
    expect(all.stderr).toMatch(/^In row 3, the EAN-13 barcode .*\n  row 3: elements\[1\]\.data: .*EAN-13/m);
    expect(readdirSync(out).sort()).toEqual(['tag-00002.png', 'tag-00004.png', 'tag-00005.png']);

    // The failed row, picked by the number the message gave.
    const retry = await runCli(['render', label, '--data', csv, '--rows', '3', '--out', join(dir, 'retry'), '--quiet']);
    expect(retry.code).toBe(1);
    expect(retry.stderr).toMatch(/^  row 3: elements\[1\]\.data: /m);

    const some = await runCli(['render', label, '--data', csv, '--rows', '4-5', '--out', join(dir, 'some'), '--quiet']);
    expect([some.code, some.stderr]).toEqual([0, '']);
    expect(readdirSync(join(dir, 'some')).sort()).toEqual(['tag-00004.png', 'tag-00005.png']);
  });

  it('verify reports the same row numbers', async () => {
    const run = await runCli(['verify', label, '--data', csv, '--rows', '2-3', '--json']);
    const report = JSON.parse(run.stdout) as { barcodes: { row: number }[]; problems: string[] };
    expect(report.barcodes.map((b) => b.row)).toEqual([2]);
    expect(report.problems).toEqual([expect.stringMatching(/^In row 3, [^\n]*\n  row 3: /)]);
  });

  it('--rows 1 on a CSV (its header) says where the data rows start', async () => {
    const run = await runCli(['render', label, '--data', csv, '--rows', '1', '--out', join(dir, 'none')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${csv}: --rows 1 selects no data row: the first data row is row 2 (row 1 is the header) (INKLESS_DATA_BAD_RANGE)`);
  });

  it('JSON rows are numbered by position from 1', async () => {
    const json = join(dir, 'rows.json');
    writeFileSync(json, JSON.stringify([{ name: 'A', ean: '590123412345' }, { name: 'B', ean: '1' }]));
    const run = await runCli(['render', label, '--data', json, '--rows', '1-2', '--out', join(dir, 'json'), '--quiet']);
    expect(run.stderr).toMatch(/^  row 2: elements\[1\]\.data: /m);
    expect(readdirSync(join(dir, 'json'))).toEqual(['tag-00001.png']);
  });
});
