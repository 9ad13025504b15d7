import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { MergeScreen } from './MergeScreen';
import { mergeScreenStore } from './merge-screen-store';
import { useMerge, useMergeFollowsLabel } from './use-merge';

export { useMerge } from './use-merge';

/**
 * The data merge in the side panel: a short summary (file, rows, rows with problems) and the
 * button that opens the merge screen. It also clears a merge when another label is opened.
 */
export function MergePanel() {
  const t = useT();
  const { merge, issuesByRow } = useMerge();
  const open = useSyncExternalStore(mergeScreenStore.subscribe, mergeScreenStore.getState);
  const setOpen = (next: boolean) => mergeScreenStore.setState(next);
  useMergeFollowsLabel();
  return (
    <section className="panel merge-panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('merge.title')}</h2>
      {merge.table ? (
        <>
          <p data-testid="merge-panel-loaded">{t('merge.loaded', { name: merge.sourceName, rows: merge.table.rows.length })}</p>
          <p data-testid="merge-panel-problems" className={issuesByRow.size > 0 ? 'field-error' : undefined}>{t('merge.problems', { count: issuesByRow.size })}</p>
        </>
      ) : <p className="field-hint">{t('merge.none')}</p>}
      <button type="button" data-testid="merge-open" onClick={() => setOpen(true)}>{t('merge.open')}</button>
      {open && <MergeScreen onClose={() => setOpen(false)} />}
    </section>
  );
}
