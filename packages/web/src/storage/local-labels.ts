import { validateDocument, formatIssue, type LabelDocument } from '@inkless/label';
import { runRequest } from './label-db';

/** A label as this browser keeps it: the document plus the studio settings that go with it. */
export interface LocalLabel {
  readonly id: string;
  readonly doc: LabelDocument;
  /** The printer it is designed for (a profile id of @inkless/printers). */
  readonly printerProfileId: string;
  /** Values shown for data fields while designing. */
  readonly sampleRow: Readonly<Record<string, string>>;
  readonly updatedAtMs: number;
}

/** What the labels list shows, without the documents (which can hold large images). */
export interface LocalLabelSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAtMs: number;
}

/** Every label kept in this browser, most recently changed first. */
export async function listLocalLabels(): Promise<LocalLabelSummary[]> {
  const all = await runRequest<LocalLabel[]>('readonly', (store) => store.getAll() as IDBRequest<LocalLabel[]>);
  return all
    .map((label) => ({ id: label.id, name: label.doc.name ?? '', updatedAtMs: label.updatedAtMs }))
    .sort((a, b) => b.updatedAtMs - a.updatedAtMs);
}

/** Keeps a label (replacing the earlier version with the same id). */
export async function saveLocalLabel(label: LocalLabel): Promise<void> {
  await runRequest('readwrite', (store) => store.put(label));
}

/**
 * A kept label, its document migrated and validated as any opened document is; undefined when
 * there is none with this id. A stored document that no longer validates is an error to show.
 */
export async function loadLocalLabel(id: string): Promise<LocalLabel | undefined> {
  const stored = await runRequest<LocalLabel | undefined>('readonly', (store) => store.get(id) as IDBRequest<LocalLabel | undefined>);
  if (!stored) return undefined;
  const r = validateDocument(stored.doc);
  if (!r.ok) throw new Error(`the saved label "${stored.doc.name ?? id}" is not valid any more: ${r.issues.map(formatIssue).join('; ')}`);
  return { ...stored, doc: r.value };
}

export async function deleteLocalLabel(id: string): Promise<void> {
  await runRequest('readwrite', (store) => store.delete(id));
}
