import type { LabelElement } from '@inkless/label';
import { commitDocument, getSelectedElements, replaceElements } from '../document-edit';
import type { EditorState } from '../editor-state';
import { getElementBounds, getPrintableRect, roundMm, unionRects, type RectMm } from '../geometry';
import { whenSelected, type Action } from './action';

/** The fields of one axis, so each alignment is written once for x and y. */
const axes = {
  x: { start: 'xMm', size: 'widthMm' },
  y: { start: 'yMm', size: 'heightMm' },
} as const;
type Axis = keyof typeof axes;

/**
 * Aligns to the selection's bounds when several elements are selected, and to the printable
 * area (the label inside its margins) when one is.
 */
function getAlignTarget(state: EditorState, elements: readonly LabelElement[]): RectMm {
  return elements.length > 1 ? unionRects(elements.map(getElementBounds))! : getPrintableRect(state.doc);
}

/** `fraction` 0 aligns starts (left/top), 0.5 centres, 1 aligns ends (right/bottom). */
function align(state: EditorState, axis: Axis, fraction: number): EditorState {
  const { start, size } = axes[axis];
  const elements = getSelectedElements(state);
  if (elements.length === 0) return state;
  const target = getAlignTarget(state, elements);
  const moved = elements.map((el) => ({ ...el, [start]: roundMm(target[start] + fraction * (target[size] - el[size])) }));
  return commitDocument(state, replaceElements(state.doc, moved));
}

/** Equal gaps between three or more elements; the first and the last stay where they are. */
function distribute(state: EditorState, axis: Axis): EditorState {
  const { start, size } = axes[axis];
  const elements = getSelectedElements(state).sort((a, b) => a[start] - b[start]);
  if (elements.length < 3) return state;
  const first = elements[0]!;
  const last = elements.at(-1)!;
  const spanMm = last[start] + last[size] - first[start];
  const gapMm = (spanMm - elements.reduce((sum, el) => sum + el[size], 0)) / (elements.length - 1);
  let at = first[start];
  const moved = elements.map((el) => {
    const placed = { ...el, [start]: roundMm(at) };
    at += el[size] + gapMm;
    return placed;
  });
  return commitDocument(state, replaceElements(state.doc, moved));
}

const alignments = [
  { id: 'align-left', label: 'Align left', key: 'Alt+A', axis: 'x', fraction: 0 },
  { id: 'align-center', label: 'Align centres horizontally', key: 'Alt+H', axis: 'x', fraction: 0.5 },
  { id: 'align-right', label: 'Align right', key: 'Alt+D', axis: 'x', fraction: 1 },
  { id: 'align-top', label: 'Align top', key: 'Alt+W', axis: 'y', fraction: 0 },
  { id: 'align-middle', label: 'Align middles vertically', key: 'Alt+V', axis: 'y', fraction: 0.5 },
  { id: 'align-bottom', label: 'Align bottom', key: 'Alt+S', axis: 'y', fraction: 1 },
] as const;

/** Align (to the selection, or to the label for one element) and distribute. */
export const alignActions: readonly Action[] = [
  ...alignments.map(({ id, label, key, axis, fraction }): Action => ({
    id,
    label,
    keys: [key],
    isEnabled: whenSelected(),
    perform: (state) => align(state, axis, fraction),
  })),
  { id: 'distribute-horizontal', label: 'Distribute horizontally', keys: ['Alt+Shift+H'], isEnabled: whenSelected(3), perform: (state) => distribute(state, 'x') },
  { id: 'distribute-vertical', label: 'Distribute vertically', keys: ['Alt+Shift+V'], isEnabled: whenSelected(3), perform: (state) => distribute(state, 'y') },
];
