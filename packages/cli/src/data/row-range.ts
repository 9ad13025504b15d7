import { DataError } from './data-error';
import type { DataRow } from './data-row';

/**
 * Which data rows to use, counted 1..N over the rows a reader yields (the first data row is 1 in
 * every format, whatever its rowNumber in the file), so `--rows 1-100` means "the first 100 labels".
 * `lastIndex` lets a caller stop reading early; Infinity for an open range such as `500-`.
 */
export type RowPredicate = ((dataIndex: number) => boolean) & { readonly lastIndex: number };

const ITEM = /^(\d+)(?:\s*-\s*(\d*))?$/;

/**
 * Parses `10-200,250,900-` into a predicate; throws INKLESS_DATA_BAD_RANGE saying which part is wrong.
 * @example parseRowRange('2-3,7')(3) // true
 */
export function parseRowRange(text: string): RowPredicate {
  const spans: [number, number][] = [];
  const fail = (detail: string): never => {
    throw new DataError('INKLESS_DATA_BAD_RANGE', `${detail}; write rows like 10-200,250 or 500- (rows count from 1)`, { source: 'row range', rowNumber: 0 });
  };
  if (text.trim() === '') fail('the row range is empty');
  for (const raw of text.split(',')) {
    const part = raw.trim();
    const match = ITEM.exec(part);
    if (match === null) fail(`"${part}" is not a row number or range`);
    const from = Number(match![1]);
    const to = match![2] === undefined ? from : match![2] === '' ? Infinity : Number(match![2]);
    if (!Number.isSafeInteger(from) || (to !== Infinity && !Number.isSafeInteger(to))) fail(`"${part}" is too large`);
    if (from < 1) fail(`"${part}" starts at row 0`);
    if (to < from) fail(`"${part}" ends before it starts`);
    spans.push([from, to]);
  }
  const lastIndex = Math.max(...spans.map(([, to]) => to));
  const includes = (dataIndex: number) => spans.some(([from, to]) => dataIndex >= from && dataIndex <= to);
  return Object.assign(includes, { lastIndex });
}

/** Yields the rows the predicate selects and stops reading once past its last row. */
export async function* selectRows(rows: AsyncIterable<DataRow>, select: RowPredicate): AsyncGenerator<DataRow> {
  let dataIndex = 0;
  for await (const row of rows) {
    dataIndex++;
    if (select(dataIndex)) yield row;
    if (dataIndex >= select.lastIndex) return;
  }
}
