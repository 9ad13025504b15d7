import { useSyncExternalStore } from 'react';
import { languages, languageStore, setLanguage, useT, type Language } from '../i18n/i18n';

/** Switches the studio's language (English, 简体中文); the choice is remembered in this browser. */
export function LanguageSelect() {
  const t = useT();
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.getState);
  return (
    <label className="inline-select">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={language} aria-label={t('language.label')} onChange={(e) => setLanguage(e.target.value as Language)}>
        {(Object.keys(languages) as Language[]).map((tag) => <option key={tag} value={tag} lang={tag}>{languages[tag].name}</option>)}
      </select>
    </label>
  );
}
