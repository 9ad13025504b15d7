import type { Store } from '../editor/store';
import { isToolIdle, type EditorState } from '../editor/editor-state';
import type { StudioState } from '../studio/studio-state';
import { saveLocalLabel } from './local-labels';

/** Quiet time after the last change before it is written: a burst of nudges is one write. */
export const AUTOSAVE_DELAY_MS = 400;
/** Longest a change waits while edits keep coming (a long editing burst is still saved). */
export const AUTOSAVE_MAX_WAIT_MS = 2000;

/**
 * Saves the open label to this browser shortly after every change to its document or settings
 * (never in the middle of a drag), and at once when the page is hidden. Returns a stop function.
 */
export function startAutosave(editorStore: Store<EditorState>, studio: Store<StudioState>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSinceMs = 0;
  let saved = { doc: editorStore.getState().doc, profile: studio.getState().printerProfileId, row: studio.getState().sampleRow, id: studio.getState().labelId };

  async function saveNow(): Promise<void> {
    timer = undefined;
    const { doc, tool } = editorStore.getState();
    const s = studio.getState();
    if (!isToolIdle(tool)) return;
    if (doc === saved.doc && s.printerProfileId === saved.profile && s.sampleRow === saved.row && s.labelId === saved.id) return;
    const next = { doc, profile: s.printerProfileId, row: s.sampleRow, id: s.labelId };
    studio.setState((st) => ({ ...st, saveStatus: 'saving' }));
    try {
      await saveLocalLabel({ id: s.labelId, doc, printerProfileId: s.printerProfileId, sampleRow: s.sampleRow, updatedAtMs: Date.now() });
      saved = next;
      studio.setState((st) => ({ ...st, saveStatus: 'saved', saveError: undefined, labelsVersion: st.labelsVersion + 1 }));
    } catch (e) {
      studio.setState((st) => ({ ...st, saveStatus: 'unsaved', saveError: e instanceof Error ? e.message : String(e) }));
    }
  }

  function schedule(): void {
    if (timer === undefined) pendingSinceMs = Date.now();
    else if (Date.now() - pendingSinceMs >= AUTOSAVE_MAX_WAIT_MS) return;
    else clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  const stopEditor = editorStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc || state.tool.id !== previous.tool.id) schedule();
  });
  const stopStudio = studio.subscribe((state, previous) => {
    if (state.printerProfileId !== previous.printerProfileId || state.sampleRow !== previous.sampleRow) schedule();
    if (state.labelId !== previous.labelId) {
      // Another label was opened: what is on screen is what is stored.
      saved = { doc: editorStore.getState().doc, profile: state.printerProfileId, row: state.sampleRow, id: state.labelId };
    }
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) {
      clearTimeout(timer);
      void saveNow();
    }
  };
  document.addEventListener('visibilitychange', onHide);
  return () => {
    stopEditor();
    stopStudio();
    document.removeEventListener('visibilitychange', onHide);
    if (timer !== undefined) clearTimeout(timer);
  };
}
