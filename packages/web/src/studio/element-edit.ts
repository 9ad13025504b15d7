import { findElementKind, type LabelElement } from '@inkless/label';
import { commitDocument, replaceElements } from '../editor/document-edit';
import type { Editor } from '../editor/editor';
import { isToolIdle } from '../editor/editor-state';
import { findElement } from '../editor/element-ids';

/** Fields to set on an element; `undefined` removes an optional field (back to its default). */
export type FieldChanges = Readonly<Record<string, unknown>>;

/**
 * Sets fields of one element, checked by its kind's schema first (a change the engine would
 * reject is not applied: its message comes back for the field). `continuing` folds the change
 * into the undo step of the previous one: typing a word in a field is one undo step, not one per key.
 */
export function applyElementFields(editor: Editor, id: string, changes: FieldChanges, continuing: boolean): string | undefined {
  const state = editor.store.getState();
  if (!isToolIdle(state.tool)) return undefined;
  const current = findElement(state.doc, id);
  if (!current) return undefined;
  const kind = findElementKind(current.type);
  if (!kind) return `no element kind "${current.type}"`;
  const raw: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete raw[key];
    else raw[key] = value;
  }
  const parsed = kind.schema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'this value is not allowed';
  const updated = parsed.data as LabelElement;
  const doc = replaceElements(state.doc, [updated]);
  editor.store.setState((s) => (continuing ? { ...s, doc } : commitDocument(s, doc)));
  return undefined;
}
