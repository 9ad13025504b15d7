import type { LabelDocument } from '@inkless/label';
import { saveFile, toFileName } from '../downloads/save-file';
import { serializeLabelFile } from './parse-label-file';

/** The File System Access API's pickers (Chromium desktop); absent elsewhere, so typed loosely here. */
interface FilePickerWindow {
  showSaveFilePicker?: (options: unknown) => Promise<{ name: string; createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>;
  showOpenFilePicker?: (options: unknown) => Promise<Array<{ getFile(): Promise<File> }>>;
}

/** Label documents, and what the import screen takes: PDFs, pictures and ZPL (told apart by content when opened). */
const LABEL_FILE_TYPES = [{
  description: 'Inkless label, PDF, picture or ZPL',
  accept: {
    'application/json': ['.json'], 'application/pdf': ['.pdf'], 'image/*': ['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.webp'],
    'text/plain': ['.zpl', '.prn', '.txt'],
  },
}];
const ACCEPT = '.json,application/json,.pdf,application/pdf,image/*,.png,.jpg,.jpeg,.gif,.bmp,.tif,.tiff,.webp,.zpl,.prn,.txt';
const JSON_MIME = 'application/json';

export type SaveOutcome = { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly reason: string };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Saves the label as a `.json` file: with the browser's save dialog where it has one (File
 * System Access), else as a download.
 */
export async function saveLabelFile(doc: LabelDocument): Promise<SaveOutcome> {
  const fileName = toFileName(doc.name, 'json');
  const text = serializeLabelFile(doc);
  const picker = (window as FilePickerWindow).showSaveFilePicker;
  if (!picker) {
    saveFile(new TextEncoder().encode(text), fileName, JSON_MIME);
    return { kind: 'saved', fileName };
  }
  try {
    const handle = await picker({ suggestedName: fileName, types: LABEL_FILE_TYPES });
    const writable = await handle.createWritable();
    await writable.write(new Blob([text], { type: JSON_MIME }));
    await writable.close();
    return { kind: 'saved', fileName: handle.name };
  } catch (e) {
    return isAbort(e) ? { kind: 'cancelled' } : { kind: 'failed', reason: reasonOf(e) };
  }
}

/** Asks for one label file: the browser's open dialog (File System Access), else a file input. Undefined when cancelled. */
export async function pickLabelFile(): Promise<File | undefined> {
  const picker = (window as FilePickerWindow).showOpenFilePicker;
  if (picker) {
    try {
      const [handle] = await picker({ types: LABEL_FILE_TYPES, multiple: false });
      return await handle?.getFile();
    } catch (e) {
      if (isAbort(e)) return undefined;
      throw e;
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}
