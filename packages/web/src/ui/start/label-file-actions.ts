import { documentLimits } from '@inkless/label';
import { describeLabelFileProblem } from '../../files/label-file-message';
import { pickLabelFile, saveLabelFile } from '../../files/label-file-io';
import { parseLabelFile, type LabelFileResult } from '../../files/parse-label-file';
import type { Studio } from '../../studio/studio';
import { fileNoticeStore } from './file-notice-store';

/** Reads a file as a label file: too large and unreadable files are problems like broken ones. */
async function readLabelFile(file: File): Promise<LabelFileResult> {
  if (file.size > documentLimits.maxJsonBytes) {
    return { ok: false, problem: { code: 'INKLESS_WEB_FILE_TOO_LARGE', sizeBytes: file.size, limitBytes: documentLimits.maxJsonBytes } };
  }
  try {
    return parseLabelFile(await file.text());
  } catch (e) {
    return { ok: false, problem: { code: 'INKLESS_WEB_FILE_UNREADABLE', reason: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * Opens a label file as a new label of this browser and closes the start screen; a PDF, picture
 * or ZPL file opens the import screen instead. A file that does not open changes nothing: the
 * label on screen stays as it was and the notice says why.
 */
export async function openLabelFile(studio: Studio, file: File): Promise<boolean> {
  // A PDF, a picture or ZPL (told by content) goes to the import screen, loaded only now.
  const imported = await import('../../import/start-import').then((m) => m.openIfImportable(studio, file)).catch(() => false);
  if (imported) {
    fileNoticeStore.setState(undefined);
    studio.startScreen.setState(false);
    return true;
  }
  const result = await readLabelFile(file);
  if (!result.ok) {
    fileNoticeStore.setState({ kind: 'open-failed', fileName: file.name, message: describeLabelFileProblem(result.problem) });
    return false;
  }
  fileNoticeStore.setState(undefined);
  studio.startScreen.setState(false);
  await studio.openDocument(result.doc);
  return true;
}

/** Asks for a label file (the browser's dialog or file picker) and opens it. */
export async function chooseAndOpenLabelFile(studio: Studio): Promise<void> {
  try {
    const file = await pickLabelFile();
    if (file) await openLabelFile(studio, file);
  } catch (e) {
    fileNoticeStore.setState({ kind: 'open-failed', fileName: '', message: describeLabelFileProblem({ code: 'INKLESS_WEB_FILE_UNREADABLE', reason: e instanceof Error ? e.message : String(e) }) });
  }
}

/** Saves the label on screen as a `.json` file and says where it went. */
export async function saveLabelAsFile(studio: Studio): Promise<void> {
  const outcome = await saveLabelFile(studio.editor.store.getState().doc);
  if (outcome.kind === 'saved') fileNoticeStore.setState({ kind: 'saved', fileName: outcome.fileName });
  else if (outcome.kind === 'failed') fileNoticeStore.setState({ kind: 'save-failed', reason: outcome.reason });
}
