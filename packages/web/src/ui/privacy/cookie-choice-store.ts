import { createStore } from '../../editor/store';

/** The visitor's cookie choice as the studio knows it; its own module so i18n can read it without a cycle. */
export interface CookieChoice {
  /** Whether the banner should ask (no choice yet, or one made under an earlier major policy). */
  readonly askNeeded: boolean;
  /** Preferences allowed: undefined until known. */
  readonly preferences: boolean | undefined;
  /** What the last choice was, so the banner can say what it means. */
  readonly lastChoice: 'accepted' | 'rejected' | 'custom' | undefined;
}

export const cookieChoiceStore = createStore<CookieChoice>({ askNeeded: false, preferences: undefined, lastChoice: undefined });
