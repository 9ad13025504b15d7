import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateRowCount } from './estimate-row-count';
import { parseRowRange } from './row-range';

const dir = mkdtempSync(join(tmpdir(), 'inkless-estimate-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('estimateRowCount', () => {
  it('counts data rows of CSV (minus the header) and NDJSON, with or without a final newline', async () => {
    expect(await estimateRowCount(file('a.csv', 'h\n1\n2\n3\n'))).toBe(3);
    expect(await estimateRowCount(file('b.csv', 'h\n1\n2'))).toBe(2);
    expect(await estimateRowCount(file('c.ndjson', '{}\n{}\n'))).toBe(2);
  });

  it('counts the rows a --rows selection picks, numbered as the file shows them, and is unknown for XLSX', async () => {
    const csv = file('d.csv', 'h\n1\n2\n3\n4\n'); // data rows 2-5
    expect(await estimateRowCount(csv, { rowSelection: parseRowRange('2-3') })).toBe(2);
    expect(await estimateRowCount(csv, { rowSelection: parseRowRange('1-3') })).toBe(2);
    expect(await estimateRowCount(csv, { rowSelection: parseRowRange('4-,2,3-4') })).toBe(4);
    expect(await estimateRowCount(file('d.ndjson', '{}\n{}\n{}\n'), { rowSelection: parseRowRange('1-2') })).toBe(2);
    expect(await estimateRowCount(file('e.xlsx', 'PK'))).toBeUndefined();
  });
});
