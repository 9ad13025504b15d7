import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieChoiceStore } from '../ui/privacy/cookie-choice-store';
import { languageStore, setLanguage } from './i18n';

const KEY = 'inkless.language';

/** A Map-backed stand-in for the browser's localStorage (Node has none). */
function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

describe('remembering the language in localStorage under the preferences consent', () => {
  let storage: ReturnType<typeof createMemoryStorage>;
  beforeEach(() => {
    storage = createMemoryStorage();
    vi.stubGlobal('localStorage', storage);
    cookieChoiceStore.setState({ askNeeded: true, preferences: undefined, lastChoice: undefined });
    languageStore.setState('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stores nothing while the consent is not known yet, and keeps what was stored before', () => {
    setLanguage('zh-CN');
    expect(storage.items.has(KEY)).toBe(false);
    storage.items.set(KEY, 'en');
    setLanguage('zh-CN');
    expect(storage.items.get(KEY)).toBe('en');
  });

  it('stores the language once preferences are granted, and follows later switches', () => {
    setLanguage('zh-CN');
    cookieChoiceStore.setState({ askNeeded: false, preferences: true, lastChoice: 'accepted' });
    expect(storage.items.get(KEY)).toBe('zh-CN');
    setLanguage('en');
    expect(storage.items.get(KEY)).toBe('en');
  });

  it('removes the language when preferences are refused or withdrawn, and stores no later switch', () => {
    cookieChoiceStore.setState({ askNeeded: false, preferences: true, lastChoice: 'accepted' });
    setLanguage('zh-CN');
    expect(storage.items.get(KEY)).toBe('zh-CN');
    cookieChoiceStore.setState({ askNeeded: false, preferences: false, lastChoice: 'rejected' });
    expect(storage.items.has(KEY)).toBe(false);
    setLanguage('en');
    setLanguage('zh-CN');
    expect(storage.items.has(KEY)).toBe(false);
  });
});
