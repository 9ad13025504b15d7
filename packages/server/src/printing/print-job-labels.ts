import type { LabelDocument, LabelInstance } from '@inkless/label';

/** What decides the labels of a job: its rows, copies and the clock its dates print. */
export interface JobLabelPlan {
  /** Data rows; empty prints the label without data. */
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly copies: number;
  /** The job's creation time: dates on labels, so a resumed or retried job prints the same dates. */
  readonly nowMs: number;
  readonly tzOffsetMinutes: number;
}

/** Physical labels of a job: every row (or the one label without data) times its copies. */
export function countJobLabels(plan: Pick<JobLabelPlan, 'rows' | 'copies'>): number {
  return Math.max(1, plan.rows.length) * plan.copies;
}

/**
 * What label `index` (0-based, counting copies) draws: its row, `labelIndex` counting rows
 * (serials per label) and `printIndex` counting physical labels (serials per copy), as the CLI does.
 */
export function describeJobLabel(plan: JobLabelPlan, index: number): { rowIndex: number; instance: LabelInstance } {
  const rowIndex = Math.floor(index / plan.copies);
  const row = plan.rows[rowIndex];
  return {
    rowIndex,
    instance: { ...(row ? { row } : {}), labelIndex: rowIndex, printIndex: index, nowMs: plan.nowMs, tzOffsetMinutes: plan.tzOffsetMinutes },
  };
}

/** True when some serial counts copies, so copies of a row differ and each is drawn on its own. */
export function hasPerCopyVariables(doc: LabelDocument): boolean {
  return Object.values(doc.variables ?? {}).some((v) => v.kind === 'serial' && v.per === 'copy');
}
