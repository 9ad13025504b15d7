import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { detectSourceKind } from '@inkless/import';
import { InklessError } from '@inkless/label';
import { CliError } from '../cli-error';
import { readBoundedFile } from '../read-bounded-file';
import type { ImportKind } from './imported-source';

/** Bytes read to tell a file's kind: `%PDF-` may sit anywhere in the first 1 KB, ZPL's `^XA` a little later. */
const SNIFF_BYTES = 4096;
/** The biggest PDF, picture or ZPL file read: a 1,000-page carrier PDF is a few MB; this leaves room. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** What a file given to print, render or import is, by its content (never its name). */
export type FileKind = ImportKind | 'label-json';

/**
 * The kind of a file from its first bytes. Unknown files that look like JSON (or are named .json)
 * go to the label document reader, which says what is wrong with them; anything else is refused here.
 */
export function sniffFileKind(path: string): FileKind {
  const head = readHead(path);
  const kind = detectSourceKind(head);
  if (kind !== 'unknown') return kind;
  const text = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  // Content decides; only a file that is nothing known and named .json goes to the document reader, which says what is wrong with it.
  if (text.startsWith('{') || head.length === 0 || extname(path).toLowerCase() === '.json') return 'label-json';
  throw new InklessError('INKLESS_IMPORT_UNKNOWN_KIND', `cannot tell what ${path} is: it is not a label document (.json), a PDF, a picture (PNG, JPEG, GIF, BMP, TIFF, WebP) or ZPL; its first bytes are ${describeHead(head)}`);
}

/** The whole file, refused from its size alone when it is over MAX_IMPORT_BYTES. */
export function readImportFile(path: string): Uint8Array {
  return readBoundedFile(path, { maxBytes: MAX_IMPORT_BYTES, what: 'a PDF, picture or ZPL file', failure: 'cannot read' });
}

function readHead(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    // The full read says why (not found, a folder, no permission) in the house's words.
    return readBoundedFile(path, { maxBytes: MAX_IMPORT_BYTES, what: 'a file', failure: 'cannot read' }).subarray(0, SNIFF_BYTES);
  }
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    let n: number;
    try {
      n = readSync(fd, head, 0, SNIFF_BYTES, 0);
    } catch (e) {
      throw new CliError('INKLESS_CLI_FILE', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder; give the path of a file' : String((e as Error).message)}`, 2, { cause: e });
    }
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The first bytes, printable ones as text and the rest in hex, for a message. */
function describeHead(head: Uint8Array): string {
  const bytes = head.subarray(0, 8);
  const printable = [...bytes].every((b) => b >= 0x20 && b < 0x7f);
  return printable ? `"${String.fromCharCode(...bytes)}"` : [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
