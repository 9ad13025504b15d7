import type { Queryable } from '../db/database';
import { inventory, resolveColumn } from './inventory';
import { dataCategories, type DataCategory, type PersonalColumn, type RowView } from './inventory-types';

/** One row as exported: column -> JSON value (times as ISO strings, files as their path in the archive). */
export type ExportedRow = Record<string, unknown>;

/** A file that goes beside the JSON (thumbnails as PNG). */
export interface ExportedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Everything the inventory finds of one user, by category and then by list (table or view name). */
export interface PersonalData {
  readonly sections: Partial<Record<DataCategory, Record<string, ExportedRow[]>>>;
  readonly files: ExportedFile[];
}

/**
 * Reads every exported column of every row the inventory links to a user, in the categories
 * asked for (all by default): the export and a legal request's package are both this. Binary
 * columns become files when `withFiles`, and are left out otherwise. Nothing is hand-picked here:
 * a column the inventory marks exported is in, one it does not is out.
 */
export async function collectPersonalData(db: Queryable, userId: string, now: Date, options: { categories?: readonly DataCategory[]; withFiles?: boolean } = {}): Promise<PersonalData> {
  const wanted = new Set(options.categories ?? dataCategories);
  const sections: Partial<Record<DataCategory, Record<string, ExportedRow[]>>> = {};
  const files: ExportedFile[] = [];
  for (const category of dataCategories) {
    if (!wanted.has(category)) continue;
    for (const [table, entry] of Object.entries(inventory)) {
      if (entry.category !== category) continue;
      for (const view of entry.views) {
        const rows = await readView(db, table, view, userId, now);
        const exported = rows.map((row) => exportRow(table, row, files, options.withFiles === true));
        (sections[category] ??= {})[view.name ?? table] = exported;
      }
    }
  }
  return { sections, files };
}

/** The columns a view shows: its own list, else every column the inventory exports. */
export function listViewColumns(table: string, view: RowView): string[] {
  const all = Object.keys(inventory[table]!.columns).filter((c) => resolveColumn(table, c)?.exported === true);
  return view.columns ? view.columns.filter((c) => all.includes(c)) : all;
}

/** Runs a view's query: $1 the user, $2 now (passed only when the condition uses it). */
export async function readView(db: Queryable, table: string, view: RowView, userId: string, now: Date, columns = listViewColumns(table, view)): Promise<Record<string, unknown>[]> {
  const select = columns.map((c) => `r."${c}"`).join(', ');
  const params = view.where.includes('$2') ? [userId, now] : [userId];
  return db.query(`SELECT ${select} FROM "${table}" r WHERE ${view.where}${view.order ? ` ORDER BY ${view.order}` : ''}`, params);
}

function exportRow(table: string, row: Record<string, unknown>, files: ExportedFile[], withFiles: boolean): ExportedRow {
  const out: ExportedRow = {};
  for (const [column, value] of Object.entries(row)) {
    const entry = inventory[table]!.columns[column] as PersonalColumn;
    if (entry.file) {
      if (!withFiles) continue;
      if (value === null || value === undefined) {
        out[column] = null;
        continue;
      }
      const path = `${entry.file.dir}/${String(row[entry.file.key])}.${entry.file.ext}`;
      files.push({ path, bytes: value as Uint8Array });
      out[column] = path;
      continue;
    }
    out[column] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}
