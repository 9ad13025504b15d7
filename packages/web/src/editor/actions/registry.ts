import { isToolIdle, type EditorState } from '../editor-state';
import { finishTextEdit } from '../tools/text-tool';
import type { Action } from './action';
import { alignActions } from './align-actions';
import { editActions } from './edit-actions';
import { historyActions } from './history-actions';
import { layerActions } from './layer-actions';
import { nudgeActions } from './nudge-actions';
import { rotateActions } from './rotate-actions';
import { toolActions } from './tool-actions';
import { viewportActions } from './viewport-actions';

/** Every command of the studio, by id: what buttons, menus and the keymap dispatch. */
export const actions: ReadonlyMap<string, Action> = new Map(
  [...editActions, ...historyActions, ...nudgeActions, ...alignActions, ...layerActions, ...rotateActions, ...toolActions, ...viewportActions].map((a) => [a.id, a]),
);

/** Whether the action exists and would run now (for greying out buttons). */
export function canPerformAction(state: EditorState, id: string): boolean {
  const action = actions.get(id);
  if (!action) return false;
  if (!action.duringGesture && !isToolIdle(state.tool)) return false;
  return action.isEnabled?.(state) ?? true;
}

/**
 * Runs an action by id. One that cannot run now (unknown, disabled, or editing while a gesture
 * is under way) leaves the state as it is. A button pressed while typing on the canvas ends the
 * typing first (as a click outside the text does), so Undo or Delete then apply; Escape and the
 * tool buttons end it through the tool's own cancel.
 */
export function performAction(state: EditorState, id: string): EditorState {
  const action = actions.get(id);
  const settled = state.tool.id === 'text.editing' && action && !action.duringGesture ? finishTextEdit(state) : state;
  return canPerformAction(settled, id) ? action!.perform(settled) : settled;
}
