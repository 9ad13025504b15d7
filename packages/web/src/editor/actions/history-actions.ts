import type { EditorState } from '../editor-state';
import { redoHistory, undoHistory, type Snapshot } from '../history';
import type { Action } from './action';

function restore(state: EditorState, step: { history: EditorState['history']; snapshot: Snapshot } | undefined): EditorState {
  if (!step) return state;
  const ids = new Set(step.snapshot.doc.elements.map((el) => el.id));
  const selection = step.snapshot.selection.filter((id) => ids.has(id));
  return { ...state, doc: step.snapshot.doc, selection, history: step.history };
}

/** Undo and redo of document changes (selection-only changes are not steps). */
export const historyActions: readonly Action[] = [
  {
    id: 'undo',
    label: 'Undo',
    keys: ['Mod+Z'],
    isEnabled: (state) => state.history.past.length > 0,
    perform: (state) => restore(state, undoHistory(state.history, { doc: state.doc, selection: state.selection })),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    isEnabled: (state) => state.history.future.length > 0,
    perform: (state) => restore(state, redoHistory(state.history, { doc: state.doc, selection: state.selection })),
  },
];
