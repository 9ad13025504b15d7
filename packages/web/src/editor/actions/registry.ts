import { isToolIdle, type EditorState } from '../editor-state';
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
 * is under way) leaves the state as it is.
 */
export function performAction(state: EditorState, id: string): EditorState {
  return canPerformAction(state, id) ? actions.get(id)!.perform(state) : state;
}
