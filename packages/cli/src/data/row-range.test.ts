import { describe, it, expect } from 'vitest';
import { parseRowRange, selectRows } from './row-range';
import { DataError } from './data-error';
import type { DataRow } from './data-row';

describe('parseRowRange', () => {
  it('selects single rows, closed and open ranges, counting data rows from 1', () => {
    const select = parseRowRange(' 2-4, 7 ,10- ');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1e6].map(select)).toEqual([false, true, true, true, false, false, true, false, false, true, true]);
    expect(select.lastIndex).toBe(Infinity);
    expect(parseRowRange('10-200,250').lastIndex).toBe(250);
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
  it('yields the selected rows and stops pulling after the last one', async () => {
    let pulled = 0;
    async function* rows(): AsyncGenerator<DataRow> {
      for (let n = 2; ; n++) {
        pulled++;
        yield { rowNumber: n, values: { n: String(n) } };
      }
    }
    const picked = [];
    for await (const row of selectRows(rows(), parseRowRange('2-3,5'))) picked.push(row.rowNumber);
    expect(picked).toEqual([3, 4, 6]);
    expect(pulled).toBe(5);
  });
});
