import { useEffect, useState } from 'react';
import { api } from '../../api/api-client';
import type { ConsentState } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';
import { chooseCookies } from './cookie-consent';

/** The consents in effect, each switchable on its own: preferences, and news by email with an account. */
export function ConsentSection({ signedIn }: { readonly signedIn: boolean }) {
  const t = useT();
  const [state, setState] = useState<ConsentState | undefined>();
  const { busy, problem, run } = useAsyncAction();
  useEffect(() => {
    void run(async () => setState(await api.request<ConsentState>('GET', '/api/privacy/consent')));
  }, [run, signedIn]);
  return (
    <section className="screen-section" aria-labelledby="consents-title">
      <h3 id="consents-title">{t('privacy.consents')}</h3>
      {state && (
        <>
          <label className="check-row">
            <input type="checkbox" checked={state.preferences} disabled={busy}
              onChange={(e) => { const next = e.target.checked; void run(async () => setState(await chooseCookies(next, 'custom'))); }} />
            {t('cookies.preferences')}
          </label>
          {signedIn && (
            <label className="check-row">
              <input type="checkbox" checked={state.marketingEmail} disabled={busy}
                onChange={(e) => { const next = e.target.checked; void run(async () => setState(await api.request<ConsentState>('POST', '/api/privacy/consent', { marketingEmail: next }))); }} />
              {t('privacy.marketing')}
            </label>
          )}
          <p className="muted">{t('privacy.necessaryAlways')} <a href="/privacy/cookies" target="_blank" rel="noopener">{t('cookies.list')}</a></p>
        </>
      )}
      <FormProblem problem={problem} />
    </section>
  );
}
