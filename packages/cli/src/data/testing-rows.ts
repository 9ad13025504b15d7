// Test-only helpers shared by the reader tests: drain an async row stream, or expect it to fail.
import { expect } from 'vitest';
import { DataError } from './data-error';
import type { DataRow } from './data-row';

/** Reads every row, copying values out of their null-prototype objects for easy comparison. */
export async function collectRows(rows: AsyncIterable<DataRow>): Promise<{ rowNumber: number; values: Record<string, string> }[]> {
  const out = [];
  for await (const row of rows) out.push({ rowNumber: row.rowNumber, values: { ...row.values } });
  return out;
}

/** The DataError a row stream ends with; fails the test when it ends without one. */
export async function expectDataError(rows: () => AsyncIterable<DataRow>): Promise<DataError> {
  try {
    await collectRows(rows());
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
}
