import { api } from '../../api/api-client';
import type { ConsentState, NoticeState } from '../../api/api-types';
import { languageStore } from '../../i18n/i18n';

/**
 * The studio's side of the cookie choice. The server keeps the choice (its strictly necessary
 * consent cookie, set only once a choice is made); the one preferences cookie, `inkless-lang`, is
 * written here, by the studio, and only while preferences are allowed (GET /api/privacy/cookies
 * lists it with setBy: browser).
 */
export { cookieChoiceStore, type CookieChoice } from './cookie-choice-store';
import { cookieChoiceStore, type CookieChoice } from './cookie-choice-store';

/** The preferences cookie; wire format: `inkless-lang=<en|zh-CN>; Path=/; Max-Age=31536000; SameSite=Lax`. */
export const LANGUAGE_COOKIE = 'inkless-lang';
const LANGUAGE_COOKIE_MAX_AGE_SECONDS = 365 * 86_400;

/** Writes (allowed) or removes (refused) the language cookie to match the choice. */
export function applyLanguageCookie(allowed: boolean, language: string): void {
  if (!globalThis.document) return;
  document.cookie = allowed
    ? `${LANGUAGE_COOKIE}=${encodeURIComponent(language)}; Path=/; Max-Age=${LANGUAGE_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax`
    : `${LANGUAGE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}

/** Reads whether to ask, and the choice in effect; offline nothing is asked and nothing is set. */
export async function loadCookieChoice(): Promise<void> {
  const [notice, consent] = await Promise.all([
    api.request<NoticeState>('GET', '/api/privacy/notice'),
    api.request<ConsentState>('GET', '/api/privacy/consent'),
  ]);
  cookieChoiceStore.setState((s) => ({ ...s, askNeeded: notice.cookieChoiceNeeded, preferences: consent.preferences }));
  applyLanguageCookie(consent.preferences, languageStore.getState());
}

/** Records a choice (POST /api/privacy/consent) and sets or clears the preferences cookie to match. */
export async function chooseCookies(preferences: boolean, how: NonNullable<CookieChoice['lastChoice']>): Promise<ConsentState> {
  const state = await api.request<ConsentState>('POST', '/api/privacy/consent', { preferences });
  cookieChoiceStore.setState({ askNeeded: false, preferences: state.preferences, lastChoice: how });
  applyLanguageCookie(state.preferences, languageStore.getState());
  return state;
}

/** Keeps the language cookie in step with the language picker while preferences are allowed. */
export function followLanguageChanges(): () => void {
  return languageStore.subscribe((language) => {
    if (cookieChoiceStore.getState().preferences) applyLanguageCookie(true, language);
  });
}
