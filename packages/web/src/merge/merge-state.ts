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
  /** The studio label the data was loaded for: opening another label clears the merge. */
  readonly labelId: string | undefined;
}

export const EMPTY_MERGE: MergeState = { table: undefined, sourceName: '', mapping: {}, skipped: new Set(), quantities: {}, currentIndex: 0, labelId: undefined };

/** Most labels one row may ask for (a typo of 100000 should not start a day-long print). */
export const MAX_ROW_QUANTITY = 1000;

export function createMergeStore(): Store<MergeState> {
  return createStore<MergeState>(EMPTY_MERGE);
}

/** A new table replaces the old merge, with each field mapped to the column of its name. */
export function loadTable(table: DataTable, sourceName: string, fieldNames: readonly string[], labelId?: string): MergeState {
  return { ...EMPTY_MERGE, table, sourceName, mapping: guessMapping(fieldNames, table.columns), labelId };
}

/** Sets how many labels a row prints (copies of that row), kept between 1 and MAX_ROW_QUANTITY. */
export function setQuantity(state: MergeState, rowNumber: number, quantity: number): MergeState {
  const clamped = Math.max(1, Math.min(MAX_ROW_QUANTITY, Math.round(quantity) || 1));
  return { ...state, quantities: { ...state.quantities, [rowNumber]: clamped } };
}

/** The merge to keep when the studio shows label `labelId`: this one if it belongs to it, else none. */
export function keepForLabel(state: MergeState, labelId: string): MergeState {
  return state.table === undefined || state.labelId === undefined || state.labelId === labelId ? state : EMPTY_MERGE;
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

/** Ticked rows that have problems (by row number, from the preflight): a print or download waits until they are fixed or unticked. */
export function findBlockedRows(state: MergeState, problemRows: { has(rowNumber: number): boolean }): number[] {
  return (state.table?.rows ?? []).filter((r) => !state.skipped.has(r.rowNumber) && problemRows.has(r.rowNumber)).map((r) => r.rowNumber);
}
