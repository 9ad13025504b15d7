import { describe, it, expect } from 'vitest';
import { parseRowRange, selectRows } from './row-range';
import { DataError } from './data-error';
import type { DataRow } from './data-row';

describe('parseRowRange', () => {
  it('selects single rows, closed and open ranges, by row number', () => {
    const select = parseRowRange(' 2-4, 7 ,10- ');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1e6].map(select)).toEqual([false, true, true, true, false, false, true, false, false, true, true]);
    expect(select.lastRow).toBe(Infinity);
    expect(parseRowRange('10-200,250').lastRow).toBe(250);
  });

  it('rejects malformed ranges with INKLESS_DATA_BAD_RANGE naming the part', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['0', '"0" starts at row 0'],
      ['5-2', '"5-2" ends before it starts'],
      ['1,,3', '"" is not a row number'],
      ['a-3', '"a-3" is not a row number'],
      ['-3', '"-3" is not a row number'],
      ['1.5', '"1.5" is not a row number'],
      ['99999999999999999999', 'too large'],
    ];
    for (const [text, detail] of cases) {
      let error: unknown;
      try {
        parseRowRange(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataError);
      expect([text, (error as DataError).code, (error as DataError).message.includes(detail)]).toEqual([text, 'INKLESS_DATA_BAD_RANGE', true]);
    }
  });
});

describe('selectRows', () => {
  async function* csvRows(pulls: { n: number }): AsyncGenerator<DataRow> {
    // As a CSV with a header reads: the first data row is row 2.
    for (let n = 2; ; n++) {
      pulls.n++;
      yield { rowNumber: n, values: { n: String(n) } };
    }
  }
  const pick = async (rows: AsyncIterable<DataRow>, range: string) => {
    const picked = [];
    for await (const row of selectRows(rows, parseRowRange(range), 'rows.csv')) picked.push(row.rowNumber);
    return picked;
  };

  it('selects by the row number the file shows and stops pulling after the last one', async () => {
    const pulls = { n: 0 };
    expect(await pick(csvRows(pulls), '2-3,5')).toEqual([2, 3, 5]);
    expect(pulls.n).toBe(4);
  });

  it('keeps the numbers of a file with gaps (blank lines, empty sheet rows)', async () => {
    async function* gaps(): AsyncGenerator<DataRow> {
      for (const n of [2, 5, 9]) yield { rowNumber: n, values: {} };
    }
    expect(await pick(gaps(), '3-9')).toEqual([5, 9]);
  });

  it('refuses a range that selects no data row, saying which rows there are', async () => {
    await expect(pick(csvRows({ n: 0 }), '1')).rejects.toThrow('rows.csv: --rows 1 selects no data row: the first data row is row 2 (row 1 is the header)');
    async function* three(): AsyncGenerator<DataRow> {
      for (const n of [2, 3, 4]) yield { rowNumber: n, values: {} };
    }
    await expect(pick(three(), '7-9')).rejects.toMatchObject({ code: 'INKLESS_DATA_BAD_RANGE', message: 'rows.csv: --rows 7-9 selects no data row: the data rows are rows 2-4 (row 1 is the header)' });
  });
});
