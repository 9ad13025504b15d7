import { findProfile } from '@inkless/printers';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { buildLabelJobOptions } from '@inkless/printers';
import { useT } from '../../i18n/i18n';
import { printDirect } from '../../transports/direct-print';
import { detectDeviceApis, readCalibration, readLastPrinter, saveCalibration, saveLastPrinter, toJobOptionFields, usablePrintRoute, type Calibration, type PrintRoute } from '../../transports/printer-settings';
import { cancelServerPrintJob, createServerPrintJob, isFinished, listServerPrinters, readServerPrintJob, type ServerPrinter } from '../../transports/server-print-jobs';
import { mergeStore } from '../merge/merge-store';
import { useAccount } from '../account/use-account';
import { useMerge } from '../merge/use-merge';
import { findBlockedRows } from '../../merge/merge-state';
import { downloadPrinterFile } from './download-printer-file';
import { useStudio, useStudioState } from '../use-studio';
import { CalibrationFields } from './CalibrationFields';
import { openBrowserTransport } from './open-browser-transport';
import { collectPrintRows } from './print-rows';
import { buildTestPattern } from './test-pattern';

/** Where a print stands, for the progress view. */
type Progress =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending'; readonly sent: number; readonly total: number }
  | { readonly kind: 'done'; readonly sent: number; readonly total: number }
  | { readonly kind: 'saved'; readonly sent: number; readonly total: number }
  | { readonly kind: 'canceled'; readonly sent: number; readonly total: number }
  | { readonly kind: 'failed'; readonly sent: number; readonly total: number; readonly message: string; readonly resumeFrom?: number };

const POLL_MS = 500;
/** In menu order: the routes that need no account first. */
const ROUTES: readonly PrintRoute[] = ['usb', 'bluetooth', 'serial', 'download', 'server'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Print: through the server to a network printer (a print job, polled for its progress; it needs
 * an account, and says so before the click while signed out), straight from the browser over
 * WebUSB, Web Serial or Web Bluetooth with the printers package's driver, or as a downloaded
 * printer file. A signed-out user starts on a route that works without an account. Progress counts labels sent; cancel stops after the label in progress; a direct print
 * that loses the printer offers to resume after the last confirmed label.
 */
export function PrintPanel() {
  const t = useT();
  const studio = useStudio();
  const profileId = useStudioState((s) => s.printerProfileId);
  const { issuesByRow } = useMerge();
  const merge = useSyncExternalStore(mergeStore.subscribe, mergeStore.getState);
  const apis = useMemo(() => detectDeviceApis(Boolean(findProfile(profileId)?.ble)), [profileId]);
  const [last, setLast] = useState(() => readLastPrinter(apis));
  const signedIn = useAccount().status === 'signed-in';
  const route = usablePrintRoute(last.route, signedIn, apis);
  const printerKey = `${route}:${last.address}:${profileId}`;
  const [calibration, setCalibration] = useState<Calibration>(() => readCalibration(printerKey));
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const stop = useRef<() => void>(() => undefined);
  const server = useServerPrinters(route === 'server');
  const blocking = findBlockedRows(merge, issuesByRow);

  const choose = (next: typeof last) => {
    setLast(next);
    saveLastPrinter(next);
    setCalibration(readCalibration(`${next.route}:${next.address}:${profileId}`));
  };

  const run = async (pattern: boolean, startAt = 0) => {
    const profile = findProfile(profileId);
    if (!profile) return setProgress({ kind: 'failed', sent: 0, total: 0, message: t('print.noProfile') });
    const doc = pattern ? buildTestPattern(studio.editor.store.getState().doc.label) : studio.editor.store.getState().doc;
    const rows = pattern ? [{}] : collectPrintRows(studio, merge);
    const tzOffsetMinutes = -new Date().getTimezoneOffset();
    setProgress({ kind: 'sending', sent: startAt, total: rows.length });
    try {
      if (route === 'download' && !pattern) {
        const controller = new AbortController();
        stop.current = () => controller.abort();
        const outcome = await downloadPrinterFile(studio, merge, profile, controller.signal, (sent) => setProgress({ kind: 'sending', sent, total: rows.length }));
        setProgress(outcome.kind === 'failed' ? { ...outcome, sent: 0, total: rows.length } : { kind: outcome.kind, sent: outcome.sent, total: rows.length });
        return;
      }
      if (route === 'server') {
        let job = await createServerPrintJob({ document: doc, rows, printerId: last.address, tzOffsetMinutes });
        let canceled = false;
        stop.current = () => { canceled = true; void cancelServerPrintJob(job.id).catch(() => undefined); };
        while (!isFinished(job)) {
          setProgress({ kind: 'sending', sent: job.sentLabels, total: job.totalLabels });
          await sleep(POLL_MS);
          job = await readServerPrintJob(job.id);
        }
        const end = { sent: job.sentLabels, total: job.totalLabels };
        if (job.status === 'done') setProgress({ kind: 'done', ...end });
        else if (job.status === 'canceled' || canceled) setProgress({ kind: 'canceled', ...end });
        else setProgress({ kind: 'failed', ...end, message: job.error?.message ?? job.status });
        return;
      }
      if (route === 'download') return setProgress({ kind: 'idle' });
      const transport = await openBrowserTransport(route, profile);
      const controller = new AbortController();
      stop.current = () => controller.abort();
      const options = { ...buildLabelJobOptions(doc.label, profile), ...toJobOptionFields(calibration) };
      try {
        const outcome = await printDirect({
          transport, doc, fonts: studio.fonts, rows, language: profile.language, options, startAt, tzOffsetMinutes, signal: controller.signal,
          onProgress: (sent) => setProgress({ kind: 'sending', sent, total: rows.length }),
        });
        const end = { sent: outcome.confirmed, total: rows.length };
        if (outcome.kind === 'lost') setProgress({ kind: 'failed', ...end, message: outcome.message, resumeFrom: outcome.confirmed });
        else setProgress({ kind: outcome.kind, ...end });
      } finally {
        await transport.close();
      }
    } catch (e) {
      setProgress({ kind: 'failed', sent: startAt, total: rows.length, message: e instanceof Error ? e.message : String(e) });
    }
  };

  const busy = progress.kind === 'sending';
  return (
    <section className="panel print-panel" aria-labelledby="print-title">
      <h2 id="print-title">{t('print.title')}</h2>
      <label className="field">
        <span>{t('print.route')}</span>
        <select value={route} data-testid="print-route" onChange={(e) => choose({ ...last, route: e.target.value as PrintRoute })}>
          {ROUTES.map((r) => r === 'server' && !signedIn
            ? <option key={r} value={r} disabled>{t('print.route.serverSignedOut')}</option>
            : <option key={r} value={r}>{t(`print.route.${r}`)}</option>)}
        </select>
      </label>
      {!signedIn && <p className="field-hint" data-testid="print-server-hint">{t('print.serverNeedsSignIn')}</p>}
      {route === 'server' && (
        server.printers?.length === 0 ? <p className="field-hint">{t('print.noServerPrinters')}</p> : (
          <label className="field">
            <span>{t('print.address')}</span>
            <select value={last.address} onFocus={server.reload} onChange={(e) => choose({ ...last, address: e.target.value })}>
              <option value="" disabled>…</option>
              {(server.printers ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )
      )}
      {blocking.length > 0 && <p className="field-error" role="alert">{t('print.blocked', { rows: blocking.join(', '), count: blocking.length })}</p>}
      <button type="button" data-testid="print-start" disabled={busy || blocking.length > 0} onClick={() => void run(false)}>
        {t(route === 'download' ? 'print.download.start' : 'print.start', { count: merge.table ? collectPrintRows(studio, merge).length : 1 })}
      </button>
      <div className="print-progress" role="status" aria-live="polite" data-testid="print-progress" data-state={progress.kind}>
        {progress.kind !== 'idle' && <progress max={Math.max(1, progress.total)} value={progress.sent} />}
        {progress.kind !== 'idle' && <span>{t(`print.state.${progress.kind}`, { sent: progress.sent, total: progress.total })}</span>}
        {progress.kind === 'failed' && <p className="field-error" role="alert">{progress.message}</p>}
      </div>
      {busy && <button type="button" onClick={() => stop.current()}>{t('print.cancel')}</button>}
      {progress.kind === 'failed' && progress.resumeFrom !== undefined && (
        <button type="button" onClick={() => void run(false, progress.resumeFrom)}>{t('print.resume', { label: progress.resumeFrom + 1 })}</button>
      )}
      {route !== 'download' && <CalibrationFields value={calibration} busy={busy} onChange={(next) => { setCalibration(next); saveCalibration(printerKey, next); }} onTestPattern={() => void run(true)} />}
    </section>
  );
}

/**
 * The server's printers while the server route is chosen, read again when someone signs in or the
 * list gets focus (undefined until they arrive, or while the list cannot be read: signed out).
 */
function useServerPrinters(wanted: boolean): { printers: ServerPrinter[] | undefined; reload: () => void } {
  const account = useAccount();
  const userId = account.status === 'signed-in' ? account.user.id : undefined;
  const [printers, setPrinters] = useState<ServerPrinter[] | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    listServerPrinters().then((list) => { if (live) setPrinters(list); }, () => { if (live) setPrinters(undefined); });
    return () => { live = false; };
  }, [wanted, userId, round]);
  return { printers, reload: () => setRound((r) => r + 1) };
}
