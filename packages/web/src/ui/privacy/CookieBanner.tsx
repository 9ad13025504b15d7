import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { accountStore } from '../account/account-store';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';
import { chooseCookies, cookieChoiceStore, followLanguageChanges, loadCookieChoice } from './cookie-consent';

/** How long the note saying what the choice means stays: it goes by itself, no second click. */
export const OUTCOME_SHOWN_MS = 8000;

/**
 * The cookie question: accept all, reject all or choose, three buttons of one size and style,
 * in that order, nothing pre-ticked. It sits in the page (not over the label), so the studio can
 * be used before answering; rejecting keeps only strictly necessary cookies and says what that
 * means in a note that leaves by itself (one click answers).
 */
export function CookieBanner() {
  const t = useT();
  const choice = useSyncExternalStore(cookieChoiceStore.subscribe, cookieChoiceStore.getState);
  const [choosing, setChoosing] = useState(false);
  const [preferences, setPreferences] = useState(false);
  const [outcomeShown, setOutcomeShown] = useState(false);
  const { busy, problem, run } = useAsyncAction();
  useEffect(() => {
    // Offline or without the server, nothing is asked and nothing is set: the studio works as is.
    loadCookieChoice().catch(() => undefined);
    const stopFollowing = followLanguageChanges();
    // Signed in, the account's own choices apply (and may differ from this browser's).
    const stopAccount = accountStore.subscribe((next, previous) => {
      if (next.status !== previous.status) loadCookieChoice().catch(() => undefined);
    });
    return () => {
      stopFollowing();
      stopAccount();
    };
  }, []);
  useEffect(() => {
    if (!outcomeShown) return;
    const timer = setTimeout(() => setOutcomeShown(false), OUTCOME_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [outcomeShown]);
  const choose = (allowPreferences: boolean, how: 'accepted' | 'rejected' | 'custom') => run(async () => {
    await chooseCookies(allowPreferences, how);
    setOutcomeShown(true);
  });

  if (!choice.askNeeded) {
    if (!outcomeShown || !choice.lastChoice) return null;
    return (
      <section className="cookie-banner cookie-outcome" aria-label={t('cookies.title')} data-testid="cookie-outcome">
        <p role="status">{choice.preferences ? t('cookies.outcomeAccepted') : t('cookies.outcomeRejected')}</p>
      </section>
    );
  }
  return (
    <section className="cookie-banner" aria-labelledby="cookie-banner-title" data-testid="cookie-banner">
      <h2 id="cookie-banner-title">{t('cookies.title')}</h2>
      <p>{t('cookies.explain')} <a href="/privacy/cookies" target="_blank" rel="noopener">{t('cookies.list')}</a></p>
      {choosing && (
        <fieldset className="cookie-choices">
          <legend>{t('cookies.chooseLegend')}</legend>
          <label><input type="checkbox" checked disabled /> {t('cookies.necessary')}</label>
          <label><input type="checkbox" checked={preferences} onChange={(e) => setPreferences(e.target.checked)} /> {t('cookies.preferences')}</label>
          <button type="button" className="choice-button" disabled={busy} onClick={() => void choose(preferences, 'custom')}>{t('cookies.save')}</button>
        </fieldset>
      )}
      <div className="cookie-buttons">
        <button type="button" className="choice-button" data-choice="accept" disabled={busy} onClick={() => void choose(true, 'accepted')}>{t('cookies.acceptAll')}</button>
        <button type="button" className="choice-button" data-choice="reject" disabled={busy} onClick={() => void choose(false, 'rejected')}>{t('cookies.rejectAll')}</button>
        <button type="button" className="choice-button" data-choice="choose" aria-expanded={choosing} disabled={busy} onClick={() => setChoosing(!choosing)}>{t('cookies.choose')}</button>
      </div>
      <FormProblem problem={problem} />
    </section>
  );
}
