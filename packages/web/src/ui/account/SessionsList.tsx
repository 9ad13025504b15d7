import { useEffect, useState } from 'react';
import { api } from '../../api/api-client';
import type { SessionInfo } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from './FormProblem';
import { useAsyncAction } from './use-async';

/** Where this account is signed in (GET /api/me/sessions); end one, or all but this one. */
export function SessionsList() {
  const t = useT();
  const [sessions, setSessions] = useState<readonly SessionInfo[]>([]);
  const { busy, problem, run } = useAsyncAction();
  const load = () => run(async () => setSessions((await api.request<{ sessions: SessionInfo[] }>('GET', '/api/me/sessions')).sessions));
  useEffect(() => {
    void load();
  }, []);
  return (
    <section className="screen-section" aria-labelledby="sessions-title">
      <h3 id="sessions-title">{t('account.sessions')}</h3>
      <ul className="plain-list" data-testid="sessions">
        {sessions.map((s) => (
          <li key={s.id}>
            <span>{t('account.sessionLine', { browser: s.browser, os: s.os, network: s.network, lastSeen: new Date(s.lastSeenAt).toLocaleString() })}</span>
            {s.current ? <span className="badge">{t('account.thisSession')}</span> : (
              <button type="button" disabled={busy} onClick={() => void run(async () => { await api.request('DELETE', `/api/me/sessions/${s.id}`); await load(); })}>
                {t('account.endSession')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" disabled={busy || sessions.length < 2} onClick={() => void run(async () => { await api.request('POST', '/api/me/sessions/end-others'); await load(); })}>
        {t('account.endOthers')}
      </button>
      <FormProblem problem={problem} />
    </section>
  );
}
