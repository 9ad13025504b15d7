import { useRef, useState } from 'react';
import { makeMergedDownload } from '../../downloads/merged-download';
import { mergedFormats, type MergedFormatId } from '../../downloads/merged-file-builders';
import { saveFile } from '../../downloads/save-file';
import { describeRefusedDownload } from '../../merge/describe-row-problems';
import { startBatchClock } from '../../merge/label-renderer';
import { findBlockedRows, listPrintRows, type MergeState } from '../../merge/merge-state';
import { useT } from '../../i18n/i18n';
import { useStudio } from '../use-studio';

/** Where a merged download stands, for its progress bar. */
type DownloadProgress =
  | { readonly kind: 'idle' }
  | { readonly kind: 'drawing'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly total: number; readonly file: string }
  | { readonly kind: 'canceled'; readonly done: number; readonly total: number }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Every ticked row (quantities counted) as one file: a PDF, a ZIP of PNGs or one printer job.
 * Rows with problems are refused before anything is drawn; a long merge shows a progress bar and can be canceled.
 */
export function MergedDownloads({ merge, issuesByRow }: { readonly merge: MergeState; readonly issuesByRow: ReadonlyMap<number, string> }) {
  const t = useT();
  const studio = useStudio();
  const [formatId, setFormatId] = useState<MergedFormatId>('pdf');
  const [progress, setProgress] = useState<DownloadProgress>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  const labels = listPrintRows(merge);
  const blocked = findBlockedRows(merge, issuesByRow);
  const busy = progress.kind === 'drawing';

  const download = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const total = labels.length;
    setProgress({ kind: 'drawing', done: 0, total });
    const made = await makeMergedDownload({
      doc: studio.editor.store.getState().doc, fonts: studio.fonts, labels, formatId, clock: startBatchClock(),
      printerProfileId: studio.state.getState().printerProfileId, signal: controller.signal,
      onProgress: (done) => setProgress({ kind: 'drawing', done, total }),
    });
    if (made.kind === 'done') {
      saveFile(made.bytes, made.fileName, made.mimeType);
      setProgress({ kind: 'done', total, file: made.fileName });
    } else if (made.kind === 'canceled') setProgress({ kind: 'canceled', done: made.done, total });
    else {
      const words = describeRefusedDownload(made, studio.editor.store.getState().doc);
      setProgress({ kind: 'failed', message: t('merge.download.failed', { message: words }) });
    }
  };

  return (
    <section className="merge-downloads" aria-labelledby="merge-downloads-title">
      <h3 id="merge-downloads-title">{t('merge.download.title')}</h3>
      <label className="field">
        <span>{t('merge.download.format')}</span>
        <select data-testid="merge-download-format" value={formatId} disabled={busy} onChange={(e) => setFormatId(e.target.value as MergedFormatId)}>
          {mergedFormats.map((f) => <option key={f.id} value={f.id}>{t(`merge.download.${f.id}`)}</option>)}
        </select>
      </label>
      {blocked.length > 0 && <p className="field-error" role="alert">{t('merge.download.blocked', { rows: blocked.join(', '), count: blocked.length })}</p>}
      {labels.length === 0 && <p className="field-hint">{t('merge.download.nothing')}</p>}
      <div className="button-row">
        <button type="button" className="primary" data-testid="merge-download" disabled={busy || blocked.length > 0 || labels.length === 0} onClick={() => void download()}>
          {t('merge.download.start', { count: labels.length })}
        </button>
        {busy && <button type="button" onClick={() => abort.current?.abort()}>{t('merge.download.cancel')}</button>}
      </div>
      <div role="status" aria-live="polite" data-testid="merge-download-progress" data-state={progress.kind}>
        {progress.kind === 'drawing' && <><progress max={Math.max(1, progress.total)} value={progress.done} /> <span>{t('merge.download.drawing', { done: progress.done, total: progress.total })}</span></>}
        {progress.kind === 'done' && <span>{t('merge.download.done', { total: progress.total, file: progress.file })}</span>}
        {progress.kind === 'canceled' && <span>{t('merge.download.canceled', { done: progress.done, total: progress.total })}</span>}
        {progress.kind === 'failed' && <p className="field-error" role="alert">{progress.message}</p>}
      </div>
    </section>
  );
}
