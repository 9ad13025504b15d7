import type { FontSet, LabelDocument } from '@inkless/label';
import type { PreviewPainter } from '../canvas/preview-painter';
import { createEditor, type Editor } from '../editor/editor';
import { createPreview, type Preview } from '../editor/preview';
import type { Store } from '../editor/store';
import { t } from '../i18n/i18n';
import { deleteLocalLabel, listLocalLabels, loadLocalLabel, type LocalLabel } from '../storage/local-labels';
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
  openLabel(id: string): Promise<void>;
  newLabel(): void;
  deleteLabel(id: string): Promise<void>;
}

function rememberOpenLabel(id: string): void {
  globalThis.localStorage?.setItem(OPEN_LABEL_KEY, id);
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
  const studio: Studio = {
    editor,
    state,
    fonts,
    preview: createPreview({ fonts }),
    painter: undefined,
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
    async deleteLabel(id) {
      await deleteLocalLabel(id);
      if (id === state.getState().labelId) studio.newLabel();
      state.setState((s) => ({ ...s, labelsVersion: s.labelsVersion + 1 }));
    },
  };
  return studio;
}
