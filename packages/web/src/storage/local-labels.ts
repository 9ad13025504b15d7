import { validateDocument, formatIssue, type LabelDocument } from '@inkless/label';
import { runRequest, updateRecord } from './label-db';

/**
 * Which account template a label in this browser mirrors: it came from "Open in studio" or was
 * uploaded from here. `version` is the server's version this copy last matched (sent back with a
 * PUT, so a change made elsewhere is a 409, never a lost update); `pending` is true while the copy
 * here has edits the server has not received yet (made offline or signed out).
 */
export interface TemplateLink {
  readonly templateId: string;
  readonly version: number;
  readonly pending: boolean;
}

/** A label as this browser keeps it: the document plus the studio settings that go with it. */
export interface LocalLabel {
  readonly id: string;
  readonly doc: LabelDocument;
  /** The printer it is designed for (a profile id of @inkless/printers). */
  readonly printerProfileId: string;
  /** Values shown for data fields while designing. */
  readonly sampleRow: Readonly<Record<string, string>>;
  readonly updatedAtMs: number;
  /** Set when the label is linked to an account template; absent on labels kept before links existed. */
  readonly templateLink?: TemplateLink;
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

/**
 * Keeps a label (replacing the earlier version with the same id). A label given without
 * `templateLink` keeps the link stored with it: autosave does not know about links.
 */
export async function saveLocalLabel(label: LocalLabel): Promise<void> {
  await updateRecord<LocalLabel>(label.id, (stored) => (label.templateLink === undefined && stored?.templateLink ? { ...label, templateLink: stored.templateLink } : label));
}

/** Links a kept label to an account template, or updates the link; a label not kept (any more) is left alone. */
export async function saveTemplateLink(id: string, link: TemplateLink): Promise<void> {
  await updateRecord<LocalLabel>(id, (stored) => (stored ? { ...stored, templateLink: link } : undefined));
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
