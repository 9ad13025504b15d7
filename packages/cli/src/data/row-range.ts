import { DataError } from './data-error';
import type { DataRow } from './data-row';

/**
 * Which data rows to use, by the row number the file shows (DataRow.rowNumber: in CSV the header
 * is row 1, so the first data row is 2; the XLSX sheet row; the JSON position from 1; the NDJSON
 * line), the same number messages and output file names use (docs/decisions/002). `lastRow` lets a
 * reader stop early (Infinity for an open range such as `500-`); `spans` lets the progress bar count.
 */
export type RowPredicate = ((rowNumber: number) => boolean) & {
  readonly lastRow: number;
  readonly spans: readonly (readonly [from: number, to: number])[];
  /** The range as the user wrote it, for messages. */
  readonly text: string;
};

const ITEM = /^(\d+)(?:\s*-\s*(\d*))?$/;

/**
 * Parses `10-200,250,900-` into a predicate; throws INKLESS_DATA_BAD_RANGE saying which part is wrong.
 * @example parseRowRange('2-3,7')(3) // true
 */
export function parseRowRange(text: string): RowPredicate {
  const spans: [number, number][] = [];
  const fail = (detail: string): never => {
    throw new DataError('INKLESS_DATA_BAD_RANGE', `${detail}; write rows like 10-200,250 or 500- (rows as your spreadsheet numbers them)`, { source: 'row range', rowNumber: 0 });
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
  const lastRow = Math.max(...spans.map(([, to]) => to));
  const includes = (rowNumber: number) => spans.some(([from, to]) => rowNumber >= from && rowNumber <= to);
  return Object.assign(includes, { lastRow, spans, text: text.trim() });
}

/**
 * Yields the rows the predicate selects and stops reading once past its last row (row numbers only
 * grow within a file). A selection that matches no data row is an error naming the rows there are,
 * so `--rows 1` on a CSV (its header) is not a silent empty run.
 */
export async function* selectRows(rows: AsyncIterable<DataRow>, select: RowPredicate, source = 'the data'): AsyncGenerator<DataRow> {
  let picked = 0;
  let first: number | undefined;
  let last: number | undefined;
  let stoppedEarly = false;
  for await (const row of rows) {
    first ??= row.rowNumber;
    last = row.rowNumber;
    if (select(row.rowNumber)) {
      picked++;
      yield row;
    }
    if (row.rowNumber >= select.lastRow) {
      stoppedEarly = true;
      break;
    }
  }
  if (picked > 0) return;
  const there = first === undefined ? 'the file has no data rows'
    : stoppedEarly ? `the first data row is row ${first}`
      : `the data rows are ${first === last ? `row ${first}` : `rows ${first}-${last}`}`;
  const header = first === 2 ? ' (row 1 is the header)' : '';
  throw new DataError('INKLESS_DATA_BAD_RANGE', `--rows ${select.text} selects no data row: ${there}${header}`, { source, rowNumber: 0 });
}
