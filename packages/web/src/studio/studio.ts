import type { FontSet, LabelDocument } from '@inkless/label';
import type { PreviewPainter } from '../canvas/preview-painter';
import { createEditor, type Editor } from '../editor/editor';
import { createPreview, type Preview } from '../editor/preview';
import { createStore, type Store } from '../editor/store';
import { t } from '../i18n/i18n';
import { deleteLocalLabel, listLocalLabels, loadLocalLabel, saveLocalLabel, type LocalLabel } from '../storage/local-labels';
import { createBlankDocument, createLabelId, DEFAULT_PRINTER_PROFILE_ID } from './new-label';
import { createStudioStore, EMPTY_REPORT, type StudioState } from './studio-state';

/** Remembers which label was open, so a reload (or an offline start) opens it again. */
const OPEN_LABEL_KEY = 'inkless.openLabel';

/**
 * Everything the UI works with: the editor (document, selection, tools, history), the studio's own
 * settings, the fonts and the cached preview. Created once, after the fonts have loaded.
 */
export interface Studio {
  readonly editor: Editor;
  readonly state: Store<StudioState>;
  readonly fonts: FontSet;
  readonly preview: Preview;
  /** The canvas painter, while the canvas is mounted (tests and the benchmark read it). */
  painter: PreviewPainter | undefined;
  /**
   * Whether the start screen (starters, recent labels, open a file) shows: at first start in a
   * browser with no saved labels, and whenever "New" is pressed.
   */
  readonly startScreen: Store<boolean>;
  openLabel(id: string): Promise<void>;
  newLabel(): void;
  /**
   * Opens a document as a new label of this browser (from a starter, a file or a blank): what
   * was open stays saved as it was. `printerProfileId` and `sampleRow` go with it when given.
   * It is saved in this browser at once (so it is among the recent labels), unless `keep` is
   * false: a blank label is kept once something is drawn on it, as "New label" does.
   */
  openDocument(doc: LabelDocument, settings?: OpenSettings): Promise<void>;
  deleteLabel(id: string): Promise<void>;
}

export interface OpenSettings {
  readonly printerProfileId?: string;
  readonly sampleRow?: Readonly<Record<string, string>>;
  readonly keep?: boolean;
}

function rememberOpenLabel(id: string): void {
  globalThis.localStorage?.setItem(OPEN_LABEL_KEY, id);
}

/** Set once the start screen was closed in this tab, so a reload does not show it again. */
const START_SEEN_KEY = 'inkless.startSeen';

/**
 * The start screen shows when this browser has no saved label, the studio is opened at its own
 * address (not a mailed link's screen) and this tab has not closed the start screen already.
 */
function shouldShowStartScreen(hasSavedLabel: boolean): boolean {
  if (hasSavedLabel) return false;
  if ((globalThis.location?.pathname ?? '/').replace(/\/+$/, '') !== '') return false;
  return globalThis.sessionStorage?.getItem(START_SEEN_KEY) === null;
}

/** The label to open at start: the one open last time, else the newest, else none. */
async function findStartLabel(): Promise<LocalLabel | undefined> {
  const remembered = globalThis.localStorage?.getItem(OPEN_LABEL_KEY);
  if (remembered) {
    const label = await loadLocalLabel(remembered).catch(() => undefined);
    if (label) return label;
  }
  const newest = (await listLocalLabels())[0];
  return newest ? loadLocalLabel(newest.id).catch(() => undefined) : undefined;
}

/** Opens the studio on the label used last (from this browser's storage) or on a new one. */
export async function createStudio(fonts: FontSet): Promise<Studio> {
  const start = await findStartLabel().catch(() => undefined);
  const doc: LabelDocument = start?.doc ?? createBlankDocument(t('labels.untitled'));
  const labelId = start?.id ?? createLabelId();
  const editor = createEditor(doc);
  const state = createStudioStore({
    labelId,
    printerProfileId: start?.printerProfileId ?? DEFAULT_PRINTER_PROFILE_ID,
    sampleRow: start?.sampleRow ?? {},
    saveStatus: start ? 'saved' : 'unsaved',
  });
  rememberOpenLabel(labelId);
  const startScreen = createStore(shouldShowStartScreen(start !== undefined));
  startScreen.subscribe((open) => {
    if (!open) globalThis.sessionStorage?.setItem(START_SEEN_KEY, '1');
  });
  const studio: Studio = {
    editor,
    state,
    fonts,
    preview: createPreview({ fonts }),
    painter: undefined,
    startScreen,
    async openLabel(id) {
      const label = await loadLocalLabel(id);
      if (!label) return;
      editor.load(label.doc);
      state.setState((s) => ({ ...s, labelId: id, printerProfileId: label.printerProfileId, sampleRow: label.sampleRow, report: EMPTY_REPORT, saveStatus: 'saved' }));
      rememberOpenLabel(id);
    },
    newLabel() {
      const id = createLabelId();
      editor.load(createBlankDocument(t('labels.untitled')));
      state.setState((s) => ({ ...s, labelId: id, sampleRow: {}, report: EMPTY_REPORT, saveStatus: 'unsaved' }));
      rememberOpenLabel(id);
    },
    async openDocument(doc, settings = {}) {
      const id = createLabelId();
      editor.load(doc);
      // The editor gives elements without an id one: what is kept is what is on screen.
      const loaded = editor.store.getState().doc;
      const printerProfileId = settings.printerProfileId ?? state.getState().printerProfileId;
      const sampleRow = settings.sampleRow ?? {};
      state.setState((s) => ({ ...s, labelId: id, printerProfileId, sampleRow, report: EMPTY_REPORT, saveStatus: 'unsaved' }));
      rememberOpenLabel(id);
      if (settings.keep === false) return;
      try {
        await saveLocalLabel({ id, doc: loaded, printerProfileId, sampleRow, updatedAtMs: Date.now() });
        if (state.getState().labelId === id && editor.store.getState().doc === loaded) state.setState((s) => ({ ...s, saveStatus: 'saved', saveError: undefined }));
        state.setState((s) => ({ ...s, labelsVersion: s.labelsVersion + 1 }));
      } catch (e) {
        state.setState((s) => ({ ...s, saveError: e instanceof Error ? e.message : String(e) }));
      }
    },
    async deleteLabel(id) {
      await deleteLocalLabel(id);
      if (id === state.getState().labelId) studio.newLabel();
      state.setState((s) => ({ ...s, labelsVersion: s.labelsVersion + 1 }));
    },
  };
  return studio;
}
