import type { LabelElement } from '@inkless/label';
import { commitDocument } from '../document-edit';
import type { EditorState } from '../editor-state';
import { getElementId } from '../element-ids';
import { whenSelected, type Action } from './action';

type Reorder = (elements: readonly LabelElement[], isSelected: (el: LabelElement) => boolean) => LabelElement[];

/** Each selected element steps over the unselected element above it; a selected block moves as one. */
const bringForward: Reorder = (elements, isSelected) => {
  const out = [...elements];
  for (let i = out.length - 2; i >= 0; i--) {
    if (isSelected(out[i]!) && !isSelected(out[i + 1]!)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  }
  return out;
};

const sendBackward: Reorder = (elements, isSelected) => {
  const out = [...elements];
  for (let i = 1; i < out.length; i++) {
    if (isSelected(out[i]!) && !isSelected(out[i - 1]!)) [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
  }
  return out;
};

const bringToFront: Reorder = (elements, isSelected) => [...elements.filter((el) => !isSelected(el)), ...elements.filter(isSelected)];
const sendToBack: Reorder = (elements, isSelected) => [...elements.filter(isSelected), ...elements.filter((el) => !isSelected(el))];

/** Applies a reordering; a no-op order (already at the front, say) records no undo step. */
function reorder(state: EditorState, change: Reorder): EditorState {
  const selected = new Set(state.selection);
  const elements = change(state.doc.elements, (el) => selected.has(getElementId(el)));
  const unchanged = elements.every((el, i) => el === state.doc.elements[i]);
  return unchanged ? state : commitDocument(state, { ...state.doc, elements });
}

/**
 * Layer order is document order: later elements are drawn over earlier ones (and an inverse
 * element blanks what is under it), so these actions only reorder the elements list.
 */
export const layerActions: readonly Action[] = [
  { id: 'bring-forward', label: 'Bring forward', keys: ['Mod+]', 'Mod+BracketRight'], isEnabled: whenSelected(), perform: (s) => reorder(s, bringForward) },
  { id: 'send-backward', label: 'Send backward', keys: ['Mod+[', 'Mod+BracketLeft'], isEnabled: whenSelected(), perform: (s) => reorder(s, sendBackward) },
  { id: 'bring-to-front', label: 'Bring to front', keys: ['Mod+Shift+BracketRight'], isEnabled: whenSelected(), perform: (s) => reorder(s, bringToFront) },
  { id: 'send-to-back', label: 'Send to back', keys: ['Mod+Shift+BracketLeft'], isEnabled: whenSelected(), perform: (s) => reorder(s, sendToBack) },
];
