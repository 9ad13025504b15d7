import { CURRENT_SCHEMA_VERSION, documentLimits, validateDocument, type Issue, type LabelDocument } from '@inkless/label';
import type { LabelFileIssue, LabelFileProblem } from './label-file-problem';
import { locateJsonError } from './locate-json-error';

export type LabelFileResult = { readonly ok: true; readonly doc: LabelDocument } | { readonly ok: false; readonly problem: LabelFileProblem };

const ELEMENT_PATH = /^elements\[(\d+)\](?:\.(.*))?$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An engine issue with the element it names (kind and name read from the file as written). */
function placeIssue(raw: Json, issue: Issue): LabelFileIssue {
  const match = ELEMENT_PATH.exec(issue.path);
  if (!match) return { path: issue.path, message: issue.message, field: issue.path || 'schemaVersion' };
  const index = Number(match[1]);
  const element = Array.isArray(raw.elements) && isObject(raw.elements[index]) ? raw.elements[index] : {};
  const name = typeof element.name === 'string' ? element.name : typeof element.id === 'string' ? element.id : undefined;
  return {
    path: issue.path,
    message: issue.message,
    element: { number: index + 1, kind: typeof element.type === 'string' ? element.type : '?', name },
    field: match[2] ?? 'type',
  };
}

/**
 * Reads a label file (the CLI's JSON document format) as the studio opens it: JSON syntax with
 * its line and column, a schema newer than this studio, then the engine's validation (which
 * migrates older documents). Never throws.
 * @example const r = parseLabelFile(await file.text()); if (r.ok) studio.openDocument(r.doc);
 */
export function parseLabelFile(text: string): LabelFileResult {
  if (text.length > documentLimits.maxJsonBytes) {
    return { ok: false, problem: { code: 'INKLESS_WEB_FILE_TOO_LARGE', sizeBytes: text.length, limitBytes: documentLimits.maxJsonBytes } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { code: 'INKLESS_WEB_FILE_NOT_JSON', place: locateJsonError(text, e) } };
  }
  if (!isObject(raw) || !('label' in raw || 'elements' in raw || 'schemaVersion' in raw)) {
    return { ok: false, problem: { code: 'INKLESS_WEB_FILE_NOT_A_LABEL' } };
  }
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return { ok: false, problem: { code: 'INKLESS_WEB_FILE_NEWER_SCHEMA', version: raw.schemaVersion, supported: CURRENT_SCHEMA_VERSION } };
  }
  const r = validateDocument(raw);
  if (!r.ok) return { ok: false, problem: { code: 'INKLESS_WEB_FILE_INVALID', issues: r.issues.map((issue) => placeIssue(raw, issue)) } };
  return { ok: true, doc: r.value };
}

/** The text of a label file: the document as the CLI reads it, indented for people and diffs. */
export function serializeLabelFile(doc: LabelDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
