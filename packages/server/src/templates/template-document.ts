import { validateDocument, type Issue, type LabelDocument } from '@inkless/label';
import { ApiError } from '../http/api-error';
import { isStorableText } from './template-fields';

/** A document the engine accepted, with the facets search filters on. */
export interface CheckedDocument {
  readonly document: LabelDocument;
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Validates a label document with the engine (migrating older schema versions), so only documents
 * that render are stored. Throws 422 INKLESS_TEMPLATE_INVALID whose issues carry field paths
 * under `at` (e.g. `document.elements[2].data`).
 */
export function checkTemplateDocument(raw: unknown, at = 'document'): CheckedDocument {
  const result = validateDocument(raw);
  const issues = result.ok ? findUnstorableStrings(result.value, '') : result.issues;
  if (!result.ok || issues.length > 0) {
    const placed = issues.map((issue) => ({ ...issue, path: joinUnder(at, issue.path) }));
    const first = placed[0]!;
    const more = placed.length > 1 ? ` (and ${placed.length - 1} more)` : '';
    throw new ApiError('INKLESS_TEMPLATE_INVALID', `${first.path}: ${first.message}${more}`, { path: first.path, issues: placed });
  }
  const document = result.value;
  return { document, widthMm: document.label.widthMm, heightMm: document.label.heightMm };
}

function joinUnder(at: string, path: string): string {
  if (!path) return at;
  if (!at) return path;
  return path.startsWith('[') ? `${at}${path}` : `${at}.${path}`;
}

/** Strings PostgreSQL's jsonb cannot hold (NUL, lone surrogates), with their paths. */
function findUnstorableStrings(value: unknown, path: string): Issue[] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [{ code: 'INKLESS_DOC_INVALID', path, message: 'holds a NUL or a broken character; remove it' }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findUnstorableStrings(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => {
      const here = path ? `${path}.${k}` : k;
      return isStorableText(k) ? findUnstorableStrings(v, here) : [{ code: 'INKLESS_DOC_INVALID', path: here, message: 'this key holds a NUL or a broken character; remove it' }];
    });
  }
  return [];
}
