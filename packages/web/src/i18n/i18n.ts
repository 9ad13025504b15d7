import { useSyncExternalStore } from 'react';
import { createStore } from '../editor/store';
import { cookieChoiceStore } from '../ui/privacy/cookie-choice-store';
import { en, type MessageKey, type Messages } from './en';
import { selectPlurals } from './plural';
import { zhCN } from './zh-CN';

/** The languages the studio speaks, by BCP 47 tag. */
export const languages = { en: { name: 'English', messages: en }, 'zh-CN': { name: '简体中文', messages: zhCN } } as const satisfies Record<string, { name: string; messages: Messages }>;
export type Language = keyof typeof languages;

const STORAGE_KEY = 'inkless.language';

/** The browser's language when we speak it (any zh-* is Simplified Chinese for now), else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

function readInitialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && saved in languages) return saved as Language;
  return detectLanguage(globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en']);
}

/** The current language: one store, so switching re-renders every component that translates. */
export const languageStore = createStore<Language>(readInitialLanguage());

/**
 * Keeps the language in this browser's storage only under the preferences consent, as the
 * preferences cookie is: granted writes it, refused or withdrawn removes it, unknown (the server
 * not reached yet) writes nothing and keeps what an earlier consent stored.
 */
export function storeLanguageChoice(preferences: boolean | undefined, language: Language): void {
  const storage = globalThis.localStorage;
  if (!storage || preferences === undefined) return;
  if (preferences) storage.setItem(STORAGE_KEY, language);
  else storage.removeItem(STORAGE_KEY);
}

cookieChoiceStore.subscribe((choice, previous) => {
  if (choice.preferences !== previous.preferences) storeLanguageChoice(choice.preferences, languageStore.getState());
});

/** Switches the language (and remembers the choice in this browser while preferences are allowed). */
export function setLanguage(language: Language): void {
  languageStore.setState(language);
  storeLanguageChoice(cookieChoiceStore.getState().preferences, language);
  if (globalThis.document) document.documentElement.lang = language;
}

/**
 * Fills `{name}` placeholders, after picking plural forms (`{count, plural, one {…} other {…}}`,
 * see plural.ts) by the language's rules; a placeholder without a value is left as written.
 */
export function formatMessage(text: string, params: Readonly<Record<string, string | number>> = {}, language: Language = 'en'): string {
  return selectPlurals(text, params, language).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A string in a language. */
export function translate(language: Language, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(languages[language].messages[key], params, language);
}

/** A string in the current language (outside React, e.g. download file errors). */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return translate(languageStore.getState(), key, params);
}

/** `t` bound to the current language, re-rendering the component when the language changes. */
export function useT(): (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string {
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.getState);
  return (key, params) => translate(language, key, params);
}

/** Whether a string key exists (action and tool ids are looked up by name). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
