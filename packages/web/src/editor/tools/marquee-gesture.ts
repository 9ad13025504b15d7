import type { EditorState } from '../editor-state';
import { rectFromCorners } from '../geometry';
import { findElementsInRect } from '../hit-test';
import type { ToolIn } from './gesture';
import type { PointerInput } from './tool';

/** Starts a selection rectangle on empty label; with Shift it adds to the current selection. */
export function startMarquee(state: EditorState, p: PointerInput): EditorState {
  const startMm = { xMm: p.xMm, yMm: p.yMm };
  const baseSelection = p.shift ? state.selection : [];
  return { ...state, selection: baseSelection, tool: { id: 'select.marquee', startMm, rectMm: rectFromCorners(startMm, startMm), baseSelection } };
}

/** Selects, live, every element the rectangle touches (plus the Shift base selection). */
export function moveMarquee(state: EditorState, tool: ToolIn<'select.marquee'>, p: PointerInput): EditorState {
  const rectMm = rectFromCorners(tool.startMm, p);
  const selection = [...new Set([...tool.baseSelection, ...findElementsInRect(state.doc, rectMm)])];
  return { ...state, selection, tool: { ...tool, rectMm } };
}

export function endMarquee(state: EditorState): EditorState {
  return { ...state, tool: { id: 'select.idle' } };
}
