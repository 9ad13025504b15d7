import type { DataTable } from './parse-csv';

/** Which column fills each data field of the label (`undefined`: no column, the field stays empty). */
export type ColumnMapping = Readonly<Record<string, string | undefined>>;

const normalise = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Maps each field to the column of the same name (ignoring case, spaces and punctuation), if any. */
export function guessMapping(fieldNames: readonly string[], columns: readonly string[]): ColumnMapping {
  return Object.fromEntries(fieldNames.map((field) => [field, columns.find((c) => c === field) ?? columns.find((c) => normalise(c) === normalise(field))]));
}

/**
 * The label's data row for a table row: each field from its mapped column. A field with no column
 * is left out, so the engine's preflight reports it as missing.
 */
export function buildMergedRow(values: Readonly<Record<string, string>>, mapping: ColumnMapping): Record<string, string> {
  const row: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) if (column !== undefined && Object.hasOwn(values, column)) row[field] = values[column]!;
  return row;
}

/** Every data row of the table, mapped. */
export function buildMergedRows(table: DataTable, mapping: ColumnMapping): Record<string, string>[] {
  return table.rows.map((r) => buildMergedRow(r.values, mapping));
}
