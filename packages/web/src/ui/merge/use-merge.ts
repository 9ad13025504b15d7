import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { languageStore } from '../../i18n/i18n';
import { buildMergedRow } from '../../merge/column-mapping';
import { describeRowProblems } from '../../merge/describe-row-problems';
import { keepForLabel, type MergeState } from '../../merge/merge-state';
import { preflightRows } from '../../merge/preflight-rows';
import type { Studio } from '../../studio/studio';
import { useEditorState, useStudio } from '../use-studio';
import { mergeStore } from './merge-store';

/** The merge and its preflight (each row's problems in words, by row number), recomputed when the label or the data changes. */
export function useMerge(): { merge: MergeState; issuesByRow: ReadonlyMap<number, string> } {
  const { fonts } = useStudio();
  const merge = useSyncExternalStore(mergeStore.subscribe, mergeStore.getState);
  const doc = useEditorState((s) => s.doc);
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.getState);
  const issuesByRow = useMemo(() => {
    if (!merge.table) return new Map<number, string>();
    const rows = merge.table.rows.map((r) => ({ rowNumber: r.rowNumber, row: buildMergedRow(r.values, merge.mapping) }));
    const found = preflightRows(doc, fonts, rows, -new Date().getTimezoneOffset(), { mapping: merge.mapping, columns: merge.table.columns });
    return new Map(found.map((r) => [r.rowNumber, describeRowProblems(r.issues, doc, language)]));
  }, [doc, fonts, merge.table, merge.mapping, language]);
  return { merge, issuesByRow };
}

/** Replaces the merge; the designer previews the current row, so its values become the sample data. */
export function updateMerge(studio: Studio, next: MergeState): void {
  mergeStore.setState(next);
  const current = next.table?.rows[next.currentIndex];
  if (current) studio.state.setState((s) => ({ ...s, sampleRow: buildMergedRow(current.values, next.mapping) }));
}

/** Clears the merge when the studio opens a label it was not loaded for (Open, New, a deleted label). */
export function useMergeFollowsLabel(): void {
  const studio = useStudio();
  useEffect(() => {
    const check = () => {
      const merge = mergeStore.getState();
      const kept = keepForLabel(merge, studio.state.getState().labelId);
      if (kept !== merge) mergeStore.setState(kept);
    };
    check();
    return studio.state.subscribe(check);
  }, [studio]);
}
