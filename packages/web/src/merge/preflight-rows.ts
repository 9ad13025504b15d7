import { compileLabel, type FontSet, type Issue, type LabelDocument } from '@inkless/label';

/** A row's problems, with the row number the user sees in their file. */
export interface RowIssues {
  readonly rowNumber: number;
  readonly issues: readonly Issue[];
}

/**
 * The batch preflight, per row: the engine's `check` (missing fields, payloads a barcode cannot
 * encode, ...) for each row without drawing. Rows without problems are left out.
 */
export function preflightRows(doc: LabelDocument, fonts: FontSet, rows: readonly { rowNumber: number; row: Readonly<Record<string, string>> }[], tzOffsetMinutes: number): RowIssues[] {
  const compiled = compileLabel(doc, { fonts });
  const nowMs = Date.now();
  const out: RowIssues[] = [];
  rows.forEach(({ rowNumber, row }, index) => {
    const issues = compiled.check({ row, labelIndex: index, printIndex: index, tzOffsetMinutes, nowMs });
    if (issues.length > 0) out.push({ rowNumber, issues });
  });
  return out;
}
