import { validateDocument, type LabelDocument } from '@inkless/label';
import { commitDocument } from '../editor/document-edit';
import type { Editor } from '../editor/editor';
import { isToolIdle } from '../editor/editor-state';
import { issuesInWords } from './issue-text';

/**
 * Replaces document-level parts (label setup, name, variables; not elements, which
 * applyElementFields edits) as one undo step, after the engine's validation: the editor only
 * ever holds valid documents. Returns the problem otherwise.
 */
export function applyDocumentChange(editor: Editor, change: (doc: LabelDocument) => unknown, continuing = false): string | undefined {
  const state = editor.store.getState();
  if (!isToolIdle(state.tool)) return undefined;
  const r = validateDocument(change(state.doc));
  if (!r.ok) return issuesInWords(r.issues, state.doc);
  // Keep the editor's element objects (validation copies them): the preview cache and the
  // history compare elements by reference.
  const elements = r.value.elements.length === state.doc.elements.length ? state.doc.elements : r.value.elements;
  const doc: LabelDocument = { ...r.value, elements };
  editor.store.setState((s) => (continuing ? { ...s, doc } : commitDocument(s, doc)));
  return undefined;
}
