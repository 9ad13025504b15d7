import { compileLabel, type FontSet, type LabelDocument, type RenderedLabel, type Result } from '@inkless/label';

/** When a batch is made: one clock for every label, so dates and times agree across the batch. */
export interface BatchClock {
  readonly tzOffsetMinutes: number;
  readonly nowMs: number;
}

/** Draws label `index` (0-based, copies counted) of a batch from its data row. */
export type LabelRenderer = (row: Readonly<Record<string, string>>, index: number) => Result<RenderedLabel>;

/**
 * The one path from merged rows to label bitmaps, shared by printing and the merged downloads:
 * label `index` of the batch gets `labelIndex` and `printIndex` = index, so serial numbers and
 * dates come out the same in a print and in a download of the same rows.
 */
export function createLabelRenderer(doc: LabelDocument, fonts: FontSet, clock: BatchClock): LabelRenderer {
  const compiled = compileLabel(doc, { fonts });
  return (row, index) => compiled.render({ row, labelIndex: index, printIndex: index, tzOffsetMinutes: clock.tzOffsetMinutes, nowMs: clock.nowMs });
}

/** The clock of a batch started now, in this browser's time zone. */
export function startBatchClock(): BatchClock {
  return { tzOffsetMinutes: -new Date().getTimezoneOffset(), nowMs: Date.now() };
}
