import { listPrintRows, type MergeState } from '../../merge/merge-state';
import { buildSampleRow } from '../../studio/sample-row';
import type { Studio } from '../../studio/studio';

/** What a print sends: the merge's chosen rows (quantities expanded), or one label with the sample data. */
export function collectPrintRows(studio: Studio, merge: MergeState): Record<string, string>[] {
  if (merge.table) return listPrintRows(merge).map((r) => r.row);
  return [buildSampleRow(studio.editor.store.getState().doc, studio.state.getState().sampleRow)];
}
