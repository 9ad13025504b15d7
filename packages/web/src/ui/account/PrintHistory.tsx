import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { FormProblem } from './FormProblem';
import { canCancel, printJobCalls, type PrintJobEntry } from './print-job-calls';
import { useAsyncAction } from './use-async';

/**
 * The account's print jobs, newest first (GET /api/print-jobs): what, where, how far, when;
 * reprint any of them, cancel one still queued or being sent. A table, so screen readers
 * announce each cell with its column.
 */
export function PrintHistory() {
  const t = useT();
  const [jobs, setJobs] = useState<readonly PrintJobEntry[] | undefined>();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [outcome, setOutcome] = useState('');
  const { busy, problem, run } = useAsyncAction();
  const load = useCallback(async () => {
    const [list, templateNames] = await Promise.all([printJobCalls.list(), printJobCalls.templateNames().catch(() => new Map<string, string>())]);
    setJobs(list);
    setNames(templateNames);
  }, []);
  useEffect(() => {
    void run(load);
  }, [run, load]);
  const act = (work: () => Promise<unknown>, done: string) => run(async () => {
    setOutcome('');
    await work();
    await load();
    setOutcome(done);
  });
  return (
    <section className="screen-section" aria-labelledby="print-history-title">
      <div className="button-row">
        <h3 id="print-history-title">{t('printHistory.caption')}</h3>
        <button type="button" disabled={busy} onClick={() => void act(async () => undefined, '')}>{t('printHistory.refresh')}</button>
      </div>
      {jobs?.length === 0 && <p className="muted">{t('printHistory.none')}</p>}
      {jobs && jobs.length > 0 && (
        <table className="print-history" data-testid="print-history" aria-labelledby="print-history-title">
          <thead>
            <tr>
              <th scope="col">{t('printHistory.colLabel')}</th>
              <th scope="col">{t('printHistory.colPrinter')}</th>
              <th scope="col">{t('printHistory.colSent')}</th>
              <th scope="col">{t('printHistory.colStatus')}</th>
              <th scope="col">{t('printHistory.colTime')}</th>
              <th scope="col">{t('printHistory.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const name = (job.templateId && names.get(job.templateId)) || t('printHistory.label');
              const at = new Date(job.createdAt).toLocaleString();
              return (
                <tr key={job.id} data-job-id={job.id}>
                  <th scope="row">{name}</th>
                  <td>{job.printer}</td>
                  <td>{t('printHistory.sentOfTotal', { sent: job.sentLabels, total: job.totalLabels })}</td>
                  <td title={job.error?.message}>{t(`printHistory.status.${job.status}`)}{job.error ? `: ${job.error.message}` : ''}</td>
                  <td><time dateTime={job.createdAt}>{at}</time></td>
                  <td className="button-row">
                    <button type="button" disabled={busy} aria-label={t('printHistory.reprintNamed', { name, at })}
                      onClick={() => void act(() => printJobCalls.reprint(job.id), t('printHistory.reprinted'))}>{t('printHistory.reprint')}</button>
                    {canCancel(job) && (
                      <button type="button" disabled={busy} aria-label={t('printHistory.cancelNamed', { name, at })}
                        onClick={() => void act(() => printJobCalls.cancel(job.id), t('printHistory.canceled'))}>{t('printHistory.cancel')}</button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="muted" role="status" aria-live="polite">{outcome}</p>
      <FormProblem problem={problem} />
    </section>
  );
}
