import { formatIssue, type Issue } from '@inkless/label';

/**
 * The words shown next to a merged row that cannot print: the one place a row's problems become
 * text (the merge screen, the side panel and the print panel all read it), so clearer wording
 * can replace it here alone.
 */
export function describeRowProblems(issues: readonly Issue[]): string {
  return issues.map(formatIssue).join('; ');
}
