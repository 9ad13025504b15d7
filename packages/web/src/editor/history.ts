import type { LabelDocument } from '@inkless/label';

/** What undo brings back: the document and what was selected in it. */
export interface Snapshot {
  readonly doc: LabelDocument;
  readonly selection: readonly string[];
}

/**
 * Undo and redo stacks of whole-document snapshots. Documents are immutable and edits share
 * untouched elements, so a snapshot costs an array of references, not a copy of the label.
 */
export interface History {
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
}

/** Undo steps kept; the oldest are dropped beyond this. */
export const MAX_HISTORY = 200;

export const EMPTY_HISTORY: History = { past: [], future: [] };

/**
 * Records that the document changed away from `before`. A gesture (drag, resize, rotate) calls
 * this once when it ends, with the snapshot from when it began: the whole drag is one undo step.
 */
export function recordChange(history: History, before: Snapshot): History {
  const past = history.past.length >= MAX_HISTORY ? history.past.slice(1 - MAX_HISTORY) : history.past;
  return { past: [...past, before], future: [] };
}

/** Steps back: returns the snapshot to show and the new history, or undefined at the start. */
export function undoHistory(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | undefined {
  const snapshot = history.past.at(-1);
  if (!snapshot) return undefined;
  return { snapshot, history: { past: history.past.slice(0, -1), future: [...history.future, current] } };
}

/** Steps forward again after an undo; undefined when there is nothing to redo. */
export function redoHistory(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | undefined {
  const snapshot = history.future.at(-1);
  if (!snapshot) return undefined;
  return { snapshot, history: { past: [...history.past, current], future: history.future.slice(0, -1) } };
}

/**
 * Whether two documents have the same content. Edits replace only the elements they change, so
 * comparing references first and then the changed elements field by field is enough and cheap
 * (no JSON of 20 MB images on every pointer-up).
 */
export function isSameDocument(a: LabelDocument, b: LabelDocument): boolean {
  if (a === b) return true;
  if (a.label !== b.label || a.variables !== b.variables || a.name !== b.name || a.schemaVersion !== b.schemaVersion) return false;
  if (a.elements.length !== b.elements.length) return false;
  return a.elements.every((el, i) => isShallowEqual(el, b.elements[i]!));
}

function isShallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
