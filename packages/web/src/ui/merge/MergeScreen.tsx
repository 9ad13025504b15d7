import { useT } from '../../i18n/i18n';
import { ScreenDialog } from '../account/ScreenDialog';
import { useStudio } from '../use-studio';
import { MergedDownloads } from './MergedDownloads';
import { MergeMapping } from './MergeMapping';
import { MergeSource } from './MergeSource';
import { MergeTable } from './MergeTable';
import { RowEditor } from './RowEditor';
import { RowPreview } from './RowPreview';
import { updateMerge, useMerge } from './use-merge';
import './merge-screen.css';

/**
 * The data merge as a screen over the studio (the whole width on a phone, most of a desk's):
 * the data, the column for each field, the rows as a table with their problems in words, the
 * selected row's label and its editor, and the download of every row as one file.
 */
export function MergeScreen({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const studio = useStudio();
  const { merge, issuesByRow } = useMerge();
  const update = (next: typeof merge) => updateMerge(studio, next);
  const current = merge.table?.rows[merge.currentIndex];
  return (
    <ScreenDialog id="merge" title={t('merge.title')} onClose={onClose}>
      <div className="merge-screen">
        <div className="merge-side">
          <MergeSource />
          {merge.table && <p data-testid="merge-loaded">{t('merge.loaded', { name: merge.sourceName, rows: merge.table.rows.length })}</p>}
          {merge.table && <MergeMapping merge={merge} onChange={update} />}
          {merge.table && <MergedDownloads merge={merge} issuesByRow={issuesByRow} />}
        </div>
        {merge.table && (
          <div className="merge-main">
            <MergeTable merge={merge} issuesByRow={issuesByRow} onChange={update} />
            {current && (
              <div className="merge-selected">
                <p data-testid="merge-current">{t('merge.rowOf', { row: current.rowNumber, count: merge.table.rows.length })}</p>
                <RowPreview merge={merge} />
                <RowEditor merge={merge} index={merge.currentIndex} problem={issuesByRow.get(current.rowNumber)} onChange={update} />
              </div>
            )}
          </div>
        )}
      </div>
    </ScreenDialog>
  );
}
