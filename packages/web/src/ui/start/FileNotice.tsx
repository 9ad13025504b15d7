import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { fileNoticeStore } from './file-notice-store';

/** What happened to the last file opened or saved: where a broken file is broken, or where the label went. */
export function FileNotice() {
  const t = useT();
  const notice = useSyncExternalStore(fileNoticeStore.subscribe, fileNoticeStore.getState);
  if (!notice) return null;
  const dismiss = (
    <button type="button" onClick={() => fileNoticeStore.setState(undefined)}>{t('files.dismiss')}</button>
  );
  if (notice.kind === 'saved') {
    return (
      <div className="file-notice" role="status" data-testid="file-notice">
        <p>{t('files.saved', { fileName: notice.fileName })}</p>
        {dismiss}
      </div>
    );
  }
  const summary = notice.kind === 'open-failed' ? notice.message.summary : t('files.saveFailed', { reason: notice.reason });
  return (
    <div className="file-notice failed" role="alert" data-testid="file-notice">
      {notice.kind === 'open-failed' && notice.fileName && <p className="file-notice-title">{t('files.openFailed', { fileName: notice.fileName })}</p>}
      <p>{summary}</p>
      {notice.kind === 'open-failed' && notice.message.details.length > 0 && (
        <ul>{notice.message.details.map((line, i) => <li key={i}>{line}</li>)}</ul>
      )}
      {notice.kind === 'open-failed' && <p className="file-notice-code">{notice.message.code}</p>}
      {dismiss}
    </div>
  );
}
