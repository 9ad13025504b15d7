import { detectSourceKind } from '@inkless/import';
import { findProfile } from '@inkless/printers';
import type { Studio } from '../studio/studio';
import { toImportProblem } from './import-problem';
import { openPageImport } from './import-session';
import { closeImport, importStore } from './import-store';
import { loadBrowserPdfEngine } from './pdf-engine';
import { loadBrowserPictureDecoders } from './picture-decoders';
import { openZplImport, zplDpiFor } from './zpl-import';
import { decodeSymbolsInBrowser } from './zxing-symbols';

/** The largest PDF, picture or ZPL file the studio opens (a shipping label is a few hundred KB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Enough of a file's start to tell a PDF, a picture or ZPL from a label document. */
const SNIFF_BYTES = 4096;

/** Whether a file's first bytes say PDF, picture or ZPL (content, never the name): those go to the import screen. */
export function isImportable(head: Uint8Array): boolean {
  const kind = detectSourceKind(head);
  return kind === 'pdf' || kind === 'picture' || kind === 'zpl';
}

const fail = (code: string, message: string) => Object.assign(new Error(message), { code });

/**
 * Opens the import screen for a PDF, picture or ZPL file with the studio's printer (its dpi; a
 * 4 x 6 in stock to start with) and fonts (ZPL text).
 */
export async function startImport(studio: Studio, fileName: string, bytes: Uint8Array): Promise<void> {
  closeImport();
  importStore.setState({ kind: 'opening', fileName });
  try {
    if (bytes.length > MAX_IMPORT_BYTES) {
      throw fail('INKLESS_WEB_IMPORT_TOO_LARGE', `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the studio opens files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    }
    const profileId = studio.state.getState().printerProfileId;
    const kind = detectSourceKind(bytes);
    if (kind === 'zpl') {
      const dpi = zplDpiFor(findProfile(profileId)?.dpi);
      importStore.setState({ kind: 'zpl', fileName, session: openZplImport({ fileName, bytes, dpi, env: { fonts: studio.fonts } }) });
      return;
    }
    if (kind !== 'pdf' && kind !== 'picture') throw fail('INKLESS_IMPORT_UNKNOWN_KIND', 'the file is not a PDF, a picture or ZPL');
    const session = await openPageImport({
      kind, fileName, bytes, profileId, decode: decodeSymbolsInBrowser,
      openPdf: async (pdfBytes) => (await loadBrowserPdfEngine()).open(pdfBytes),
      loadPictureDecoders: loadBrowserPictureDecoders,
    });
    const now = importStore.getState();
    if (now?.kind !== 'opening' || now.fileName !== fileName) return session.close();
    importStore.setState({ kind: 'page', fileName, session });
  } catch (e) {
    if (importStore.getState()?.kind === 'opening') importStore.setState({ kind: 'failed', fileName, problem: toImportProblem(e) });
  }
}

/**
 * Opens `file` on the import screen when it is a PDF, a picture or ZPL (by content); false for
 * anything else (a label document), which the caller opens as before.
 */
export async function openIfImportable(studio: Studio, file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  if (!isImportable(head)) return false;
  if (file.size > MAX_IMPORT_BYTES) {
    importStore.setState({ kind: 'failed', fileName: file.name, problem: { code: 'INKLESS_WEB_IMPORT_TOO_LARGE', message: `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the studio opens files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB` } });
    return true;
  }
  await startImport(studio, file.name, new Uint8Array(await file.arrayBuffer()));
  return true;
}
