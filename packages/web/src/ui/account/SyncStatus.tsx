import { validateDocument } from '@inkless/label';
import { useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { keepMyVersion, loadTheirVersion, syncStatusStore } from '../../sync/studio-sync';
import type { SyncStatus as Status } from '../../sync/template-sync';
import { useStudio } from '../use-studio';
import { issuesInWords } from '../../studio/issue-text';

const STATUS_KEYS = {
  pending: 'sync.pending',
  saving: 'sync.saving',
  saved: 'sync.saved',
  offline: 'sync.offline',
  'signed-out': 'sync.signedOut',
} as const;

/**
 * Beside "Saved in this browser": whether the open label's account template has the edits too,
 * and, when someone saved it elsewhere meanwhile, the choice between the two versions.
 */
export function SyncStatus() {
  const t = useT();
  const studio = useStudio();
  const status: Status = useSyncExternalStore(syncStatusStore.subscribe, syncStatusStore.getState);
  const [busy, setBusy] = useState(false);
  if (status.kind === 'off') return null;
  if (status.kind === 'conflict') {
    const choose = (work: () => Promise<void>) => {
      setBusy(true);
      void work().finally(() => setBusy(false));
    };
    const applyTheirs = (document: unknown) => {
      const r = validateDocument(document);
      if (!r.ok) throw new Error(t('sync.invalidTheirs', { message: issuesInWords(r.issues, undefined) }));
      studio.editor.load(r.value);
      return studio.editor.store.getState().doc;
    };
    return (
      <div className="sync-conflict" role="alert" data-testid="sync-status" data-sync="conflict">
        <p>{t('sync.conflict')}</p>
        <div className="button-row" role="group" aria-label={t('sync.choices')}>
          <button type="button" disabled={busy} onClick={() => choose(keepMyVersion)}>{t('sync.keepMine')}</button>
          <button type="button" disabled={busy} onClick={() => choose(() => loadTheirVersion(applyTheirs))}>{t('sync.loadTheirs')}</button>
        </div>
      </div>
    );
  }
  const text = status.kind === 'failed' ? t('sync.failed', { message: status.message }) : t(STATUS_KEYS[status.kind]);
  return <p className={`sync-status ${status.kind}`} role="status" aria-live="polite" data-testid="sync-status" data-sync={status.kind}>{text}</p>;
}
