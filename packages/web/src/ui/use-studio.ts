import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorState } from '../editor/editor-state';
import type { Studio } from '../studio/studio';
import type { StudioState } from '../studio/studio-state';

/** The studio for every component below <App>. */
export const StudioContext = createContext<Studio | null>(null);

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio outside <StudioContext.Provider>');
  return studio;
}

/**
 * A part of the editor state, re-rendering only when it changes. `select` must return a part of
 * the state or a primitive (never a new object), or the component would re-render on every change.
 */
export function useEditorState<T>(select: (state: EditorState) => T): T {
  const { editor } = useStudio();
  return useSyncExternalStore(editor.store.subscribe, () => select(editor.store.getState()));
}

/** A part of the studio state (settings, status), with the same rule for `select`. */
export function useStudioState<T>(select: (state: StudioState) => T): T {
  const { state } = useStudio();
  return useSyncExternalStore(state.subscribe, () => select(state.getState()));
}
