import { commitDocument, getSelectedElements, replaceElements } from '../document-edit';
import type { EditorState } from '../editor-state';
import { getElementBounds, getRectCentre, unionRects } from '../geometry';
import { rotateElements } from '../rotation';
import { whenSelected, type Action } from './action';

function rotateSelection(state: EditorState, turns: number): EditorState {
  const elements = getSelectedElements(state);
  const bounds = unionRects(elements.map(getElementBounds));
  if (!bounds) return state;
  return commitDocument(state, replaceElements(state.doc, rotateElements(elements, getRectCentre(bounds), turns)));
}

/** Quarter turns of the selection about its centre (the rotate handle does the same by dragging). */
export const rotateActions: readonly Action[] = [
  { id: 'rotate-cw', label: 'Rotate 90° clockwise', keys: ['Shift+R'], isEnabled: whenSelected(), perform: (s) => rotateSelection(s, 1) },
  { id: 'rotate-ccw', label: 'Rotate 90° anticlockwise', keys: ['Alt+Shift+R'], isEnabled: whenSelected(), perform: (s) => rotateSelection(s, -1) },
];
