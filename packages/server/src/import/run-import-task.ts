import { InklessError, isInklessError, type FontSet } from '@inkless/label';
import { detectSourceKind } from '@inkless/import';
import { ApiError } from '../http/api-error';
import type { ImportedFileKind, ImportOutcome, ImportResponse, ImportTask } from './import-types';
import { importPdf } from './import-pdf';
import { importPicture } from './import-picture';
import { importZpl } from './import-zpl';

/** Makes labels of one kind of file; runs in a render worker. */
export type ImportSource = (task: ImportTask, fonts: FontSet) => Promise<Omit<ImportResponse, 'kind' | 'fileName' | 'stock'>>;

/** Every kind of file the server imports, one entry each; shared code never asks which one it has. */
const sources: Readonly<Record<ImportedFileKind, ImportSource>> = { pdf: importPdf, picture: importPicture, zpl: importZpl };

/**
 * Runs one import in a render worker: the file's kind from its bytes, then its pages one at a
 * time (a PDF page is rendered, read for barcodes, placed on the stock and dropped before the
 * next). Expected refusals (corrupt, encrypted, too big, a limit) come back as values with their
 * code and a message saying what and where; anything else is a crash the pool reports.
 */
export async function runImportTask(task: ImportTask, fonts: FontSet): Promise<ImportOutcome> {
  try {
    const kind = detectSourceKind(task.bytes);
    if (kind === 'label-json') {
      throw new InklessError('INKLESS_IMPORT_UNKNOWN_KIND', 'this is an Inkless label document, not a file to import: send it as "document" (POST /api/render, POST /api/print-jobs)');
    }
    if (kind === 'unknown') {
      throw new InklessError('INKLESS_IMPORT_UNKNOWN_KIND', `the file is not a PDF, a picture (PNG, JPEG, GIF, BMP, TIFF) or ZPL: it starts with ${describeStart(task.bytes)}`);
    }
    const made = await sources[kind](task, fonts);
    return { ok: true, result: { kind, fileName: task.options.fileName, stock: task.options.stock, ...made } };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, refusal: { code: e.code, message: e.message, serverCode: true } };
    if (isInklessError(e)) return { ok: false, refusal: { code: e.code, message: e.message, serverCode: false } };
    throw e;
  }
}

/** The first bytes as printable text or hex, for a message about an unknown file. */
function describeStart(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 8);
  const printable = [...head].every((b) => b >= 0x20 && b < 0x7f);
  return printable ? JSON.stringify(String.fromCharCode(...head)) : `the bytes ${[...head].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}
