import type { LabelElement } from '@inkless/label';
import { appendElements, commitDocument, getSelectedElements, removeElements, translateElement } from '../document-edit';
import type { EditorState } from '../editor-state';
import { createIdAllocator, getElementId } from '../element-ids';
import { whenSelected, type Action } from './action';

/** Pasted and duplicated elements land this far right and down, so they are seen not to be the originals. */
export const PASTE_OFFSET_MM = 2;

/** Copies of the elements with fresh ids, moved by the paste offset, added on top and selected. */
function insertCopies(state: EditorState, elements: readonly LabelElement[]): { state: EditorState; copies: LabelElement[] } {
  const allocate = createIdAllocator(state.doc);
  const copies = elements.map((el) => ({ ...translateElement(el, PASTE_OFFSET_MM, PASTE_OFFSET_MM), id: allocate(el.type) }));
  return { state: commitDocument(state, appendElements(state.doc, copies), copies.map(getElementId)), copies };
}

function deleteSelection(state: EditorState): EditorState {
  return commitDocument(state, removeElements(state.doc, state.selection), []);
}

function copySelection(state: EditorState): EditorState {
  const elements = getSelectedElements(state);
  return elements.length === 0 ? state : { ...state, clipboard: { elements } };
}

/** Delete, duplicate, the clipboard and select-all. */
export const editActions: readonly Action[] = [
  { id: 'delete', label: 'Delete', keys: ['Delete', 'Backspace'], isEnabled: whenSelected(), perform: deleteSelection },
  {
    id: 'duplicate',
    label: 'Duplicate',
    keys: ['Mod+D'],
    isEnabled: whenSelected(),
    perform: (state) => insertCopies(state, getSelectedElements(state)).state,
  },
  { id: 'copy', label: 'Copy', keys: ['Mod+C'], isEnabled: whenSelected(), perform: copySelection },
  { id: 'cut', label: 'Cut', keys: ['Mod+X'], isEnabled: whenSelected(), perform: (state) => deleteSelection(copySelection(state)) },
  {
    id: 'paste',
    label: 'Paste',
    keys: ['Mod+V'],
    isEnabled: (state) => state.clipboard !== undefined,
    perform(state) {
      if (!state.clipboard) return state;
      const pasted = insertCopies(state, state.clipboard.elements);
      // The next paste lands one more offset away, so repeated pastes fan out instead of stacking.
      return { ...pasted.state, clipboard: { elements: pasted.copies } };
    },
  },
  {
    id: 'select-all',
    label: 'Select all',
    keys: ['Mod+A'],
    isEnabled: (state) => state.doc.elements.length > 0,
    perform: (state) => ({ ...state, selection: state.doc.elements.map(getElementId) }),
  },
];
