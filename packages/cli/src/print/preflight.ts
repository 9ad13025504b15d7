import type { CompiledLabel, LabelDocument } from '@inkless/label';
import { CliError } from '../cli-error';
import { formatRowIssues, type BatchItem } from '../label-batch';
import { readQuantity, type CopyPlan } from './print-labels';

/** Problems listed in full before the rest are only counted. */
export const MAX_LISTED_PROBLEMS = 20;

export interface PreflightResult {
  /** Physical labels the job will print (rows x quantity x copies). */
  readonly totalLabels: number;
  readonly rows: number;
}

/**
 * The full pass over the data before the first byte goes out: every `{{field}}` resolves, every
 * barcode is valid and fits, every quantity is a whole number. Throws INKLESS_CLI_PRINT_PREFLIGHT
 * listing the first problems with their row numbers and counting the rest; memory stays flat.
 */
export async function preflightRows(compiled: CompiledLabel, items: AsyncIterable<BatchItem>, plan: CopyPlan, options: { perCopy: boolean; withRows: boolean; doc?: LabelDocument }): Promise<PreflightResult> {
  const listed: string[] = [];
  let problemRows = 0;
  let totalLabels = 0;
  let rows = 0;
  const note = (lines: string[]) => {
    problemRows++;
    for (const line of lines) if (listed.length < MAX_LISTED_PROBLEMS) listed.push(line);
  };
  for await (const item of items) {
    rows++;
    const quantity = readQuantity(item, plan);
    if (!quantity.ok) {
      note([`row ${item.rowNumber}: ${quantity.message}`]);
      continue;
    }
    // Per-copy serials can change a barcode's content, so each copy is checked; otherwise one check covers the row.
    const checks = options.perCopy ? quantity.value : Math.min(quantity.value, 1);
    for (let copy = 0; copy < checks; copy++) {
      const issues = compiled.check({ ...item.instance, printIndex: totalLabels + copy });
      if (issues.length > 0) {
        note(formatRowIssues(item.rowNumber, issues, options.withRows, options.doc));
        break;
      }
    }
    totalLabels += quantity.value;
  }
  if (problemRows > 0) {
    const more = problemRows > listed.length ? `\n... ${problemRows} row(s) have problems in all` : '';
    throw new CliError('INKLESS_CLI_PRINT_PREFLIGHT', `nothing was printed: ${problemRows} row(s) would not print correctly; fix them (or pick rows with --rows) and run again:\n${listed.map((l) => `  ${l}`).join('\n')}${more}`, 1);
  }
  return { totalLabels, rows };
}
