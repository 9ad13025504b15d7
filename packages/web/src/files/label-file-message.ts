import { isMessageKey, t } from '../i18n/i18n';
import type { LabelFileIssue, LabelFileProblem } from './label-file-problem';

/** A problem in words: a summary line and, for validation problems, one line per problem. */
export interface LabelFileMessage {
  readonly code: LabelFileProblem['code'];
  readonly summary: string;
  readonly details: readonly string[];
}

const toMb = (bytes: number) => (Math.round((bytes / 1024 / 1024) * 10) / 10).toString();

/** An element kind in the user's words (the tool that adds it), else as the file spells it. */
function kindInWords(kind: string): string {
  const key = `tool.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

function describeIssue(issue: LabelFileIssue): string {
  if (!issue.element) return t('files.problemLabel', { field: issue.field, message: issue.message });
  const name = issue.element.name ? ` “${issue.element.name}”` : '';
  return t('files.problemElement', { number: issue.element.number, kind: kindInWords(issue.element.kind), name, field: issue.field, message: issue.message });
}

/** What went wrong with a label file, in the user's language, saying where. */
export function describeLabelFileProblem(problem: LabelFileProblem): LabelFileMessage {
  const say = (summary: string, details: readonly string[] = []): LabelFileMessage => ({ code: problem.code, summary, details });
  switch (problem.code) {
    case 'INKLESS_WEB_FILE_NOT_JSON': {
      const place = problem.place;
      if (!place) return say(t('files.notJson', { line: '?', column: '?', reason: t('files.jsonUnknown') }));
      const reason = place.found === undefined ? t('files.jsonEnded') : t('files.jsonFound', { found: place.found });
      return say(t('files.notJson', { line: place.line, column: place.column, reason }));
    }
    case 'INKLESS_WEB_FILE_NEWER_SCHEMA':
      return say(t('files.newerSchema', { version: problem.version, supported: problem.supported }));
    case 'INKLESS_WEB_FILE_NOT_A_LABEL':
      return say(t('files.notADocument'));
    case 'INKLESS_WEB_FILE_INVALID':
      return say(t('files.invalid', { count: problem.issues.length }), problem.issues.map(describeIssue));
    case 'INKLESS_WEB_FILE_TOO_LARGE':
      return say(t('files.tooLarge', { sizeMb: toMb(problem.sizeBytes), limitMb: toMb(problem.limitBytes) }));
    case 'INKLESS_WEB_FILE_UNREADABLE':
      return say(t('files.readFailed', { reason: problem.reason }));
    default: {
      const never: never = problem;
      return never;
    }
  }
}
