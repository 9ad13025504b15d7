import { compileLabel, type FontSet, type Issue, type LabelDocument } from '@inkless/label';
import type { ColumnMapping } from './column-mapping';

/** A row's problems, with the row number the user sees in their file. */
export interface RowIssues {
  readonly rowNumber: number;
  readonly issues: readonly Issue[];
}

/** What the merge knows that the engine does not: which fields have no column, and the file's columns. */
export interface MergeContext {
  readonly mapping: ColumnMapping;
  readonly columns: readonly string[];
}

/**
 * The batch preflight, per row: the engine's `check` (missing fields, payloads a barcode cannot
 * encode, ...) for each row without drawing. Rows without problems are left out. With the merge's
 * context, a field left without a column says so and names the file's columns, instead of the
 * engine's words about a data row that lacks it (the row is there; no column was chosen).
 */
export function preflightRows(doc: LabelDocument, fonts: FontSet, rows: readonly { rowNumber: number; row: Readonly<Record<string, string>> }[], tzOffsetMinutes: number, merge?: MergeContext): RowIssues[] {
  const compiled = compileLabel(doc, { fonts });
  const nowMs = Date.now();
  const unmapped = merge ? Object.keys(merge.mapping).filter((field) => merge.mapping[field] === undefined) : [];
  const out: RowIssues[] = [];
  rows.forEach(({ rowNumber, row }, index) => {
    const issues = compiled.check({ row, labelIndex: index, printIndex: index, tzOffsetMinutes, nowMs });
    if (issues.length > 0) out.push({ rowNumber, issues: unmapped.length > 0 ? issues.map((i) => explainUnmapped(i, unmapped, merge!.columns)) : issues });
  });
  return out;
}

/** The engine's INKLESS_VAR_MISSING issue (`{{name}} is neither ...`) for a field the user left without a column. */
function explainUnmapped(issue: Issue, unmapped: readonly string[], columns: readonly string[]): Issue {
  if (issue.code !== 'INKLESS_VAR_MISSING') return issue;
  const field = unmapped.find((f) => issue.message.startsWith(`{{${f}}}`));
  if (field === undefined) return issue;
  const listed = `${columns.slice(0, 20).join(', ')}${columns.length > 20 ? ', ...' : ''}`;
  return { ...issue, message: `{{${field}}} has no column: choose the column that fills "${field}" (the file's columns: ${listed || 'none'})` };
}
