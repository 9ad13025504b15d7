import { describeIssue, pickIssueLanguage, type Issue, type LabelDocument } from '@inkless/label';
import { readPrimaryLanguage } from '../privacy/client-language';

/** An engine issue as an error response carries it: its path is within the request body. */
interface BodyIssue extends Issue {
  readonly row?: number;
}

/** `templates[1].document.elements[0].type` -> the document's place in the body and the path inside it. */
const DOCUMENT_PATH = /^(.*?\bdocument)(?:\.|(?=\[)|$)(.*)$/;

/**
 * Adds to each engine issue of an error response its plain `text` in the request's language
 * (Accept-Language; English unless Chinese comes first), naming the element from the document the
 * request sent. Code, path and message stay as they are, for programs. Other values pass unchanged.
 * @example withIssueTexts(error.details.issues, request.body, request.headers['accept-language'])
 */
export function withIssueTexts(issues: readonly unknown[], body: unknown, acceptLanguage: string | undefined): unknown[] {
  const language = pickIssueLanguage(readPrimaryLanguage(acceptLanguage));
  return issues.map((raw) => {
    if (!isIssue(raw)) return raw;
    const place = DOCUMENT_PATH.exec(raw.path);
    const doc = place ? findDocument(body, place[1]!) : undefined;
    const inner = place ? place[2]! : raw.path;
    const path = raw.row === undefined ? inner : `row ${raw.row}: ${inner}`;
    return { ...raw, text: describeIssue({ ...raw, path }, doc, language).text };
  });
}

function isIssue(value: unknown): value is BodyIssue {
  const v = value as Partial<BodyIssue> | null;
  return typeof v?.code === 'string' && typeof v.path === 'string' && typeof v.message === 'string';
}

/** Follows `templates[1].document` through the body; undefined unless it leads to a document with elements. */
function findDocument(body: unknown, path: string): LabelDocument | undefined {
  let at: unknown = body;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key ?? index!];
  }
  const elements = (at as { elements?: unknown } | null)?.elements;
  return Array.isArray(elements) ? (at as LabelDocument) : undefined;
}
