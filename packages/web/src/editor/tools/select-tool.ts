import type { EditorState } from '../editor-state';
import { getSelectionBounds } from '../geometry';
import { findTopElementAt, HIT_TOLERANCE_PX } from '../hit-test';
import { endDrag, moveDrag, startDrag } from './drag-gesture';
import { restoreGesture } from './gesture';
import { endMarquee, moveMarquee, startMarquee } from './marquee-gesture';
import { endResize, findHandleAt, moveResize, startResize } from './resize-gesture';
import { endRotate, getRotateHandlePosition, moveRotate, startRotate } from './rotate-gesture';
import { getPxInMm, type PointerInput, type Tool } from './tool';

/** Half the size of a resize or rotate handle, in screen pixels: what a press must land within. */
export const HANDLE_RADIUS_PX = 6;
/** The same for a finger: a 40 px square around each handle, as large as a fingertip. */
export const TOUCH_HANDLE_RADIUS_PX = 20;

/**
 * What a press starts, in priority order: the rotate handle, a resize handle (both drawn over
 * the elements), an element (click, Shift-click, drag), or a marquee on empty label.
 */
function pointerDown(state: EditorState, p: PointerInput): EditorState {
  if (state.tool.id !== 'select.idle') return state;
  const bounds = getSelectionBounds(state.doc, state.selection);
  const radiusMm = getPxInMm(state, p.coarse ? TOUCH_HANDLE_RADIUS_PX : HANDLE_RADIUS_PX);
  if (bounds) {
    const rotateAt = getRotateHandlePosition(state, bounds);
    if (Math.abs(rotateAt.xMm - p.xMm) <= radiusMm && Math.abs(rotateAt.yMm - p.yMm) <= radiusMm) return startRotate(state, p);
    const handle = findHandleAt(bounds, p, radiusMm);
    if (handle) return startResize(state, p, handle);
  }
  const hit = findTopElementAt(state.doc, p, getPxInMm(state, HIT_TOLERANCE_PX));
  if (hit === undefined) return startMarquee(state, p);
  const selected = state.selection.includes(hit);
  if (p.shift && selected) return { ...state, selection: state.selection.filter((id) => id !== hit) };
  if (p.shift) return startDrag({ ...state, selection: [...state.selection, hit] }, p, hit, false);
  if (selected) return startDrag(state, p, hit, state.selection.length > 1);
  return startDrag({ ...state, selection: [hit] }, p, hit, false);
}

function pointerMove(state: EditorState, p: PointerInput): EditorState {
  const tool = state.tool;
  switch (tool.id) {
    case 'select.dragging': return moveDrag(state, tool, p);
    case 'select.resizing': return moveResize(state, tool, p);
    case 'select.rotating': return moveRotate(state, tool, p);
    case 'select.marquee': return moveMarquee(state, tool, p);
    default: return state;
  }
}

function pointerUp(state: EditorState): EditorState {
  const tool = state.tool;
  switch (tool.id) {
    case 'select.dragging': return endDrag(state, tool);
    case 'select.resizing': return endResize(state, tool);
    case 'select.rotating': return endRotate(state, tool);
    case 'select.marquee': return endMarquee(state);
    default: return state;
  }
}

/** Escape: a gesture is undone on the spot; with none, the selection is cleared. */
function cancel(state: EditorState): EditorState {
  const tool = state.tool;
  switch (tool.id) {
    case 'select.dragging':
    case 'select.resizing':
    case 'select.rotating':
      return restoreGesture(state, tool);
    case 'select.marquee': return { ...state, selection: tool.baseSelection, tool: { id: 'select.idle' } };
    default: return state.selection.length > 0 ? { ...state, selection: [] } : state;
  }
}

/** Selecting, moving, resizing and rotating elements. */
export const selectTool: Tool = { id: 'select', pointerDown, pointerMove, pointerUp, cancel };
