import type { EditorState } from '../editor-state';

/**
 * A command: buttons, menus and shortcuts only dispatch its id. `perform` is a pure function of
 * the state, so every command can be tested without a UI.
 */
export interface Action {
  readonly id: string;
  /** What a button or menu shows. */
  readonly label: string;
  /** Shortcuts such as 'Mod+Z' or 'Shift+ArrowLeft' ('Mod' is Ctrl, or Cmd on a Mac; see keymap.ts). */
  readonly keys: readonly string[];
  /** Runs even while a gesture is under way (cancel, zoom); other actions wait for the pointer to come up. */
  readonly duringGesture?: boolean;
  /** Whether it would do anything now, to grey out buttons; absent means always. */
  isEnabled?(state: EditorState): boolean;
  perform(state: EditorState): EditorState;
}

/** Enabled when at least `count` elements are selected. */
export function whenSelected(count = 1): (state: EditorState) => boolean {
  return (state) => state.selection.length >= count;
}
