import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateRowCount } from './estimate-row-count';

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

  it('is capped by a --rows selection and unknown for XLSX', async () => {
    expect(await estimateRowCount(file('d.csv', 'h\n1\n2\n3\n4\n'), { rowSelection: { lastIndex: 2 } })).toBe(2);
    expect(await estimateRowCount(file('e.xlsx', 'PK'))).toBeUndefined();
  });
});
