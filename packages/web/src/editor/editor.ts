import type { LabelDocument } from '@inkless/label';
import { actions, performAction } from './actions/registry';
import { createEditorState, type EditorState } from './editor-state';
import { createKeymap, type KeyInput, type Keymap } from './keymap';
import { createStore, type Store } from './store';
import { armTool, getActiveTool } from './tools/registry';
import { finishTextEdit, startTextEdit, updateEditedText } from './tools/text-tool';
import type { PointerInput } from './tools/tool';
import type { Viewport } from './viewport';

/**
 * The editor as the UI uses it: a store to read (and subscribe to) and a few entry points that
 * turn input into new states. All logic lives in the pure functions behind them.
 */
export interface Editor {
  readonly store: Store<EditorState>;
  readonly keymap: Keymap;
  pointerDown(p: PointerInput): void;
  pointerMove(p: PointerInput): void;
  pointerUp(p: PointerInput): void;
  /** Returns whether a shortcut handled the key, so the UI knows to preventDefault. */
  keyDown(input: KeyInput): boolean;
  perform(actionId: string): void;
  /** Opens a text element for typing on the canvas (`selectAll`: its text selected, so typing replaces it). */
  startTextEdit(elementId: string, selectAll?: boolean): void;
  /** The words typed so far in the element being edited; shown live, one undo step when editing ends. */
  editText(text: string): void;
  /** Ends typing on the canvas (Escape, a click outside), keeping the text. */
  finishTextEdit(): void;
  /** 'select' or a creation template id ('rect', 'qr', ...). */
  armTool(toolId: string): void;
  setViewport(viewport: Viewport): void;
  /** Opens another document: selection, clipboard and history start afresh. */
  load(doc: LabelDocument): void;
}

/**
 * Creates an editor for a validated document.
 *
 * @example
 * const r = validateDocument(json);
 * if (!r.ok) return showIssues(r.issues);
 * const editor = createEditor(r.value);
 * editor.armTool('rect');
 * editor.pointerDown({ xMm: 5, yMm: 5 });
 * editor.pointerMove({ xMm: 25, yMm: 15 });
 * editor.pointerUp({ xMm: 25, yMm: 15 });
 * editor.keyDown({ key: 'z', ctrl: true }); // undo
 */
export function createEditor(doc: LabelDocument, viewport?: Viewport): Editor {
  const store = createStore(createEditorState(doc, viewport));
  const keymap = createKeymap(actions.values());
  return {
    store,
    keymap,
    pointerDown: (p) => store.setState((s) => getActiveTool(s).pointerDown(s, p)),
    pointerMove: (p) => store.setState((s) => getActiveTool(s).pointerMove(s, p)),
    pointerUp: (p) => store.setState((s) => getActiveTool(s).pointerUp(s, p)),
    keyDown(input) {
      // While a text element is being typed in, its editor box owns the keys: no letter is a tool.
      if (store.getState().tool.id === 'text.editing' && input.key !== 'Escape') return false;
      const id = keymap.resolve(input);
      if (id === undefined) return false;
      store.setState((s) => performAction(s, id));
      return true;
    },
    perform: (actionId) => store.setState((s) => performAction(s, actionId)),
    startTextEdit: (elementId, selectAll) => store.setState((s) => startTextEdit(s, elementId, selectAll)),
    editText: (text) => store.setState((s) => updateEditedText(s, text)),
    finishTextEdit: () => store.setState(finishTextEdit),
    armTool: (toolId) => store.setState((s) => armTool(s, toolId)),
    setViewport: (next) => store.setState((s) => ({ ...s, viewport: next })),
    load: (next) => store.setState((s) => createEditorState(next, s.viewport)),
  };
}
