import { commitGesture, replaceElements } from '../document-edit';
import type { EditorState } from '../editor-state';
import { getRectCentre, type PointMm, type RectMm } from '../geometry';
import { normalizeQuarterTurns, rotateElements } from '../rotation';
import { captureGesture, type ToolIn } from './gesture';
import { getPxInMm, type PointerInput } from './tool';

/** The rotate handle floats this far (screen pixels) above the middle of the selection's top edge. */
export const ROTATE_HANDLE_OFFSET_PX = 24;

/** Where the rotate handle is drawn and hit, in label millimetres. */
export function getRotateHandlePosition(state: EditorState, bounds: RectMm): PointMm {
  return { xMm: bounds.xMm + bounds.widthMm / 2, yMm: bounds.yMm - getPxInMm(state, ROTATE_HANDLE_OFFSET_PX) };
}

export function startRotate(state: EditorState, p: PointerInput): EditorState {
  const gesture = captureGesture(state, p);
  return gesture ? { ...state, tool: { id: 'select.rotating', quarterTurns: 0, ...gesture } } : state;
}

/**
 * Turns the selection by the angle the pointer has swept around its centre, in whole quarter
 * turns: the model's rotation is 0, 90, 180 or 270 degrees.
 */
export function moveRotate(state: EditorState, tool: ToolIn<'select.rotating'>, p: PointerInput): EditorState {
  const c = getRectCentre(tool.startBounds);
  const angleOf = (q: PointMm) => Math.atan2(q.yMm - c.yMm, q.xMm - c.xMm);
  // y points down, so a growing angle is a clockwise sweep on screen.
  const swept = angleOf(p) - angleOf(tool.startMm);
  const quarterTurns = normalizeQuarterTurns(swept / (Math.PI / 2));
  if (quarterTurns === tool.quarterTurns) return state;
  const doc = replaceElements(tool.before.doc, rotateElements(tool.originals, c, quarterTurns));
  return { ...state, doc, tool: { ...tool, quarterTurns } };
}

export function endRotate(state: EditorState, tool: ToolIn<'select.rotating'>): EditorState {
  return commitGesture({ ...state, tool: { id: 'select.idle' } }, tool.before);
}
