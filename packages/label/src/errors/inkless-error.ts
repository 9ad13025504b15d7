import { formatIssue, type Issue } from './issue';

/**
 * The only thing the engine throws: an Error with a registered code and the place it concerns.
 * Callers show `message` (never a stack) and may look the code up in docs/errors.md.
 */
export class InklessError extends Error {
  readonly code: string;
  readonly path: string;
  readonly issues: readonly Issue[];

  constructor(code: string, message: string, options: { path?: string; issues?: readonly Issue[]; cause?: unknown } = {}) {
    const path = options.path ?? '';
    super(path ? `${path}: ${message}` : message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InklessError';
    this.code = code;
    this.path = path;
    this.issues = options.issues ?? [{ code, path, message }];
  }

  /** Builds one error out of several issues (the first issue's code leads). */
  static fromIssues(issues: readonly Issue[]): InklessError {
    const first = issues[0] ?? { code: 'INKLESS_DOC_INVALID', path: '', message: 'invalid document' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    return new InklessError(first.code, `${first.message}${more}`, { path: first.path, issues });
  }

  toIssue(): Issue {
    return { code: this.code, path: this.path, message: this.message };
  }
}

export function isInklessError(e: unknown): e is InklessError {
  return e instanceof InklessError;
}

/** Text for users: every issue on its own line, no stack. */
export function describeError(e: unknown): string {
  if (e instanceof InklessError) return e.issues.map(formatIssue).join('\n');
  if (e instanceof Error) return e.message;
  return String(e);
}
