import { getSelectedElements } from '../document-edit';
import type { EditorState, GestureStart, ToolState } from '../editor-state';
import { getElementBounds, unionRects, type PointMm } from '../geometry';

/** The tool state of one phase, e.g. `ToolIn<'select.dragging'>`. */
export type ToolIn<Id extends ToolState['id']> = Extract<ToolState, { id: Id }>;

/**
 * What a gesture on the selection starts from; undefined with nothing selected. Moves are
 * always computed from these originals, so rounding never accumulates over a long drag.
 */
export function captureGesture(state: EditorState, p: PointMm): GestureStart | undefined {
  const originals = getSelectedElements(state);
  const startBounds = unionRects(originals.map(getElementBounds));
  if (!startBounds) return undefined;
  return { before: { doc: state.doc, selection: state.selection }, startMm: { xMm: p.xMm, yMm: p.yMm }, originals, startBounds };
}

/** Abandons a gesture: the document and selection as they were when it began. */
export function restoreGesture(state: EditorState, gesture: GestureStart): EditorState {
  return { ...state, doc: gesture.before.doc, selection: gesture.before.selection, guides: [], tool: { id: 'select.idle' } };
}
