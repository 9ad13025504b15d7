import type { JsonErrorPlace } from './locate-json-error';

/** One problem the engine found in a file's document, with the element it is in (numbered from 1). */
export interface LabelFileIssue {
  /** The engine's path, e.g. `elements[2].fontSizePt`, for those who want it. */
  readonly path: string;
  readonly message: string;
  /** The element the problem is in, when it is in one. */
  readonly element?: { readonly number: number; readonly kind: string; readonly name: string | undefined };
  /** The field within the element (or the document), as the file spells it. */
  readonly field: string;
}

/**
 * Why a label file could not be opened, each with its error code (web-error-codes.ts). Expected
 * failures, so values rather than exceptions; label-file-message.ts puts them in words.
 */
export type LabelFileProblem =
  | { readonly code: 'INKLESS_WEB_FILE_NOT_JSON'; readonly place: JsonErrorPlace | undefined }
  | { readonly code: 'INKLESS_WEB_FILE_NEWER_SCHEMA'; readonly version: number; readonly supported: number }
  | { readonly code: 'INKLESS_WEB_FILE_NOT_A_LABEL' }
  | { readonly code: 'INKLESS_WEB_FILE_INVALID'; readonly issues: readonly LabelFileIssue[] }
  | { readonly code: 'INKLESS_WEB_FILE_TOO_LARGE'; readonly sizeBytes: number; readonly limitBytes: number }
  | { readonly code: 'INKLESS_WEB_FILE_UNREADABLE'; readonly reason: string };
