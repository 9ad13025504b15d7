import { useEffect, useState } from 'react';
import { api } from '../../api/api-client';
import type { AccessLogEntry } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';
import { describeAccess } from './access-phrase';

/** What the server recorded of this account's requests (GET /api/me/access-log), in words, newest first, page by page. */
export function AccessHistory() {
  const t = useT();
  const [entries, setEntries] = useState<readonly AccessLogEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const { busy, problem, run } = useAsyncAction();
  const load = (before: string | null) => run(async () => {
    const page = await api.request<{ entries: AccessLogEntry[]; next: string | null }>('GET', `/api/me/access-log?limit=20${before ? `&before=${before}` : ''}`);
    setEntries((shown) => (before ? [...shown, ...page.entries] : page.entries));
    setNext(page.next);
  });
  useEffect(() => {
    void load(null);
    // Loaded once when the section opens; "More" loads the next page.
  }, []);
  return (
    <section className="screen-section" aria-labelledby="access-title">
      <h3 id="access-title">{t('privacy.access')}</h3>
      <table className="access-log" data-testid="access-log">
        <caption className="visually-hidden">{t('privacy.access')}</caption>
        <thead><tr><th scope="col">{t('privacy.when')}</th><th scope="col">{t('privacy.what')}</th><th scope="col">{t('privacy.from')}</th></tr></thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={`${e.at}.${i}`}><td>{new Date(e.at).toLocaleString()}</td><td title={`${e.method} ${e.route} (${e.status})`}>{describeAccess(e, t)}</td><td>{`${e.network} · ${e.browser}`}</td></tr>
          ))}
        </tbody>
      </table>
      {next && <button type="button" disabled={busy} onClick={() => void load(next)}>{t('privacy.more')}</button>}
      <FormProblem problem={problem} />
    </section>
  );
}
