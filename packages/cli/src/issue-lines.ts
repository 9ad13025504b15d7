import { describeIssue, formatIssue, pickIssueLanguage, type Issue, type IssueLanguage, type LabelDocument } from '@inkless/label';

/** An issue as `--json` gives it: the plain text for people, the code, path and message for tools. */
export interface CliIssue {
  readonly code: string;
  readonly path: string;
  readonly text: string;
  readonly message: string;
  readonly row?: number;
}

/** The language of plain texts, from the locale the shell sets (LC_ALL, then LC_MESSAGES, then LANG). */
export function cliIssueLanguage(env: NodeJS.ProcessEnv = process.env): IssueLanguage {
  return pickIssueLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** `doc` names the elements; undefined when the file could not be read as a label. */
export function describeCliIssue(issue: Issue, doc: LabelDocument | undefined, row?: number): CliIssue {
  const { text } = describeIssue(withRow(issue, row), doc, cliIssueLanguage());
  return { code: issue.code, path: issue.path, text, message: issue.message, ...(row === undefined ? {} : { row }) };
}

/**
 * Two lines per issue: the plain sentence, then (indented) the technical line with row, path, the
 * engine's message and the code, for those who look things up.
 * @example formatIssueLines(issue, doc, 12) // ["In row 12, the EAN-13 barcode …", "  row 12: elements[1].data: … (INKLESS_BARCODE_LENGTH)"]
 */
export function formatIssueLines(issue: Issue, doc: LabelDocument | undefined, row?: number): string[] {
  const { text } = describeCliIssue(issue, doc, row);
  return [text, `  ${row === undefined ? '' : `row ${row}: `}${formatIssue(issue)} (${issue.code})`];
}

function withRow(issue: Issue, row: number | undefined): Issue {
  return row === undefined ? issue : { ...issue, path: `row ${row}: ${issue.path}` };
}
