/** One problem found in a document or a data row: what, where and a code to look up in docs/errors.md. */
export interface Issue {
  readonly code: string;
  /** Where: a field path such as `elements[3].data`, optionally prefixed by a data row (`row 12: ...`). */
  readonly path: string;
  readonly message: string;
  /** Values a plain-words text needs (e.g. `{ field: 'price' }`), so no one parses `message`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Expected failures are values, not exceptions (see STYLE.md). */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

/** `elements[3].data: EAN-13 needs 12 or 13 digits` */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Joins path parts the way users read them: `elements[3].data`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}
