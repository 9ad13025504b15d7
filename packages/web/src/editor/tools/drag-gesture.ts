import { commitGesture, replaceElements, translateElement } from '../document-edit';
import type { EditorState } from '../editor-state';
import { getElementId } from '../element-ids';
import { collectSnapTargets, snapRect, SNAP_THRESHOLD_PX, type Guide } from '../snap';
import { captureGesture, type ToolIn } from './gesture';
import { DRAG_START_PX, getPxInMm, type PointerInput } from './tool';

/** Presses on an element of the selection: the drag starts once the pointer moves. */
export function startDrag(state: EditorState, p: PointerInput, pressedId: string, narrowOnClick: boolean): EditorState {
  const gesture = captureGesture(state, p);
  if (!gesture) return state;
  return { ...state, tool: { id: 'select.dragging', moved: false, pressedId, narrowOnClick, ...gesture } };
}

/**
 * Moves the selection with the pointer. Its edges and centres snap to the label's and to other
 * elements' within SNAP_THRESHOLD_PX on screen; Alt turns snapping off and Shift keeps the
 * move horizontal or vertical.
 */
export function moveDrag(state: EditorState, tool: ToolIn<'select.dragging'>, p: PointerInput): EditorState {
  let dx = p.xMm - tool.startMm.xMm;
  let dy = p.yMm - tool.startMm.yMm;
  if (!tool.moved && Math.hypot(dx, dy) < getPxInMm(state, DRAG_START_PX)) return state;
  if (p.shift) {
    if (Math.abs(dx) >= Math.abs(dy)) dy = 0;
    else dx = 0;
  }
  let guides: Guide[] = [];
  if (!p.alt) {
    const moving = new Set(tool.originals.map(getElementId));
    const raw = { ...tool.startBounds, xMm: tool.startBounds.xMm + dx, yMm: tool.startBounds.yMm + dy };
    const snapped = snapRect(raw, collectSnapTargets(tool.before.doc, moving), getPxInMm(state, SNAP_THRESHOLD_PX));
    // A Shift-constrained move snaps only along the axis it moves on.
    if (!p.shift || dx !== 0) dx = snapped.rect.xMm - tool.startBounds.xMm;
    if (!p.shift || dy !== 0) dy = snapped.rect.yMm - tool.startBounds.yMm;
    guides = snapped.guides.filter((g) => !p.shift || (g.axis === 'x' ? dx !== 0 : dy !== 0));
  }
  const moved = tool.originals.map((el) => translateElement(el, dx, dy));
  return { ...state, doc: replaceElements(tool.before.doc, moved), guides, tool: { ...tool, moved: true } };
}

/** Ends the drag as one undo step; a click without a move narrows a multiple selection. */
export function endDrag(state: EditorState, tool: ToolIn<'select.dragging'>): EditorState {
  const idle = { ...state, tool: { id: 'select.idle' } as const };
  if (!tool.moved) return tool.narrowOnClick ? { ...idle, selection: [tool.pressedId] } : idle;
  return commitGesture(idle, tool.before);
}
