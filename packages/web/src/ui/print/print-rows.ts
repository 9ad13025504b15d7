import { listPrintRows, type MergeState } from '../../merge/merge-state';
import { buildSampleRow } from '../../studio/sample-row';
import type { Studio } from '../../studio/studio';

/** One label of a print or a merged download: its data row and the file's row number it came from. */
export interface PrintLabel {
  readonly rowNumber: number;
  readonly row: Record<string, string>;
}

/**
 * What a print (or a merged download) makes: the merge's chosen rows (quantities expanded), or
 * one label with the sample data (row 1, as the CLI numbers a print without data).
 */
export function collectPrintLabels(studio: Studio, merge: MergeState): PrintLabel[] {
  if (merge.table) return listPrintRows(merge);
  return [{ rowNumber: 1, row: buildSampleRow(studio.editor.store.getState().doc, studio.state.getState().sampleRow) }];
}

/** The data rows of collectPrintLabels, for the routes that need only those. */
export function collectPrintRows(studio: Studio, merge: MergeState): Record<string, string>[] {
  return collectPrintLabels(studio, merge).map((l) => l.row);
}
