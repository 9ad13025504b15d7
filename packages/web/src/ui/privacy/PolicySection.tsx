import { useEffect, useState } from 'react';
import { api } from '../../api/api-client';
import type { NoticeState, PolicySummary } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';

/** The privacy policy's versions, newest first, with the notices in effect (and accepting a major change). */
export function PolicySection({ signedIn }: { readonly signedIn: boolean }) {
  const t = useT();
  const [versions, setVersions] = useState<readonly PolicySummary[]>([]);
  const [current, setCurrent] = useState('');
  const [notice, setNotice] = useState<NoticeState | undefined>();
  const { busy, problem, run } = useAsyncAction();
  useEffect(() => {
    void run(async () => {
      const list = await api.request<{ current: string; versions: PolicySummary[] }>('GET', '/api/privacy/policies');
      setVersions(list.versions);
      setCurrent(list.current);
      setNotice(await api.request<NoticeState>('GET', '/api/privacy/notice'));
    });
  }, [run, signedIn]);
  return (
    <section className="screen-section" aria-labelledby="policy-title">
      <h3 id="policy-title">{t('privacy.policy')}</h3>
      {notice?.notices.map((n) => (
        <div key={`${n.kind}.${n.version}`} className="notice" role="note">
          <p>{t(n.kind === 'upcoming' ? 'privacy.noticeUpcoming' : 'privacy.noticeChanged', { version: n.version, at: new Date(n.effectiveAt).toLocaleDateString() })} {n.summary}</p>
          <a href={n.url} target="_blank" rel="noopener">{t('privacy.readChanges')}</a>
        </div>
      ))}
      {signedIn && notice?.acceptRequired && (
        <button type="button" disabled={busy} onClick={() => void run(async () => setNotice(await api.request<NoticeState>('POST', '/api/privacy/accept-policy', { version: current })))}>
          {t('privacy.accept', { version: current })}
        </button>
      )}
      <ol className="plain-list" data-testid="policy-versions">
        {versions.map((v) => (
          <li key={v.version}>
            <a href={v.version === current ? '/privacy' : `/privacy/diff?from=${encodeURIComponent(v.version)}&to=${encodeURIComponent(current)}`} target="_blank" rel="noopener">{t('privacy.versionLine', { version: v.version, at: new Date(v.effectiveAt).toLocaleDateString() })}</a>
            {v.version === current && <span className="badge">{t('privacy.inEffect')}</span>}
            <span className="muted"> {v.summary}</span>
          </li>
        ))}
      </ol>
      <FormProblem problem={problem} />
    </section>
  );
}
