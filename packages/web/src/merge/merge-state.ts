import { createStore, type Store } from '../editor/store';
import { buildMergedRow, guessMapping, type ColumnMapping } from './column-mapping';
import type { DataTable } from './parse-csv';

/** The data merge in progress: the table, which column fills each field, and what to print. */
export interface MergeState {
  readonly table: DataTable | undefined;
  /** The file's name (or "pasted"), for the panel's heading. */
  readonly sourceName: string;
  readonly mapping: ColumnMapping;
  /** Row numbers the user unticked (not printed). */
  readonly skipped: ReadonlySet<number>;
  /** Labels per row, by row number (1 when absent). */
  readonly quantities: Readonly<Record<number, number>>;
  /** Index into table.rows of the row the preview shows. */
  readonly currentIndex: number;
}

export const EMPTY_MERGE: MergeState = { table: undefined, sourceName: '', mapping: {}, skipped: new Set(), quantities: {}, currentIndex: 0 };

export function createMergeStore(): Store<MergeState> {
  return createStore<MergeState>(EMPTY_MERGE);
}

/** A new table replaces the old merge, with each field mapped to the column of its name. */
export function loadTable(table: DataTable, sourceName: string, fieldNames: readonly string[]): MergeState {
  return { ...EMPTY_MERGE, table, sourceName, mapping: guessMapping(fieldNames, table.columns) };
}

/** The rows to print, in file order: ticked rows, each repeated by its quantity, with row numbers. */
export function listPrintRows(state: MergeState): { rowNumber: number; row: Record<string, string> }[] {
  if (!state.table) return [];
  return state.table.rows.flatMap((r) => {
    if (state.skipped.has(r.rowNumber)) return [];
    const row = buildMergedRow(r.values, state.mapping);
    return Array.from({ length: state.quantities[r.rowNumber] ?? 1 }, () => ({ rowNumber: r.rowNumber, row }));
  });
}

/** Ticks or unticks a row. */
export function toggleRow(state: MergeState, rowNumber: number, print: boolean): MergeState {
  const skipped = new Set(state.skipped);
  if (print) skipped.delete(rowNumber);
  else skipped.add(rowNumber);
  return { ...state, skipped };
}
