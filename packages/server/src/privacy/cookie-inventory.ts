import type { AppContext } from '../app-context';
import { PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE } from '../http/session-cookie';

/** necessary: the site cannot work without it, so no consent is asked; preferences: only with consent. */
export type CookieCategory = 'necessary' | 'preferences';

/** One cookie this site may set, as /privacy/cookies shows it. */
export interface CookieDescription {
  /** Every name it goes by (`__Host-` names on https and localhost, plain names on other http origins). */
  readonly names: readonly string[];
  readonly category: CookieCategory;
  readonly purpose: string;
  readonly lifetime: string;
  /** Longest life in seconds; null: it ends when the browser closes. */
  readonly maxAgeSeconds: number | null;
  /** server: sent in Set-Cookie by this server; browser: written by the studio's own script. */
  readonly setBy: 'server' | 'browser';
}

export const SECURE_CONSENT_COOKIE = '__Host-inkless-consent';
export const PLAIN_CONSENT_COOKIE = 'inkless-consent';
/** About six months: long enough not to nag, short enough that the choice is asked again now and then. */
export const CONSENT_COOKIE_MAX_AGE_SECONDS = 180 * 86_400;
export const LANGUAGE_COOKIE = 'inkless-lang';

/** The categories, in the order the cookie page lists them. */
export const cookieCategories: readonly { readonly id: CookieCategory; readonly name: string; readonly description: string; readonly needsConsent: boolean }[] = [
  { id: 'necessary', name: 'Strictly necessary', description: 'Needed to sign in and to remember your cookie choice. They cannot be switched off, and they are never used to follow you around the web.', needsConsent: false },
  { id: 'preferences', name: 'Preferences', description: 'Remember settings such as your language. Set only if you allow preferences; refusing clears them.', needsConsent: true },
];

/**
 * Every cookie the site sets, in one place: the cookie page and its API show this list, and a
 * test checks every Set-Cookie of every route against it and the visitor's consent. There are no
 * analytics or advertising cookies; adding any means a new category here and a new policy version.
 */
export function describeCookies(ctx: Pick<AppContext, 'sessionTimeouts'>): CookieDescription[] {
  return [
    {
      names: [SECURE_SESSION_COOKIE, PLAIN_SESSION_COOKIE], category: 'necessary', setBy: 'server',
      purpose: 'Keeps you signed in. Set when you sign in or sign up, removed when you sign out.',
      lifetime: `Until you sign out, after ${ctx.sessionTimeouts.idleMinutes >= 1440 ? `${Math.round(ctx.sessionTimeouts.idleMinutes / 1440)} days` : `${ctx.sessionTimeouts.idleMinutes} minutes`} without use, or after ${ctx.sessionTimeouts.absoluteDays} days at most.`,
      maxAgeSeconds: ctx.sessionTimeouts.absoluteDays * 86_400,
    },
    {
      names: [SECURE_CONSENT_COOKIE, PLAIN_CONSENT_COOKIE], category: 'necessary', setBy: 'server',
      purpose: 'Remembers your cookie choice, and a random visitor number under which that choice is recorded, so we do not ask again on every page.',
      lifetime: '180 days, or until you make a new choice.',
      maxAgeSeconds: CONSENT_COOKIE_MAX_AGE_SECONDS,
    },
    {
      names: [LANGUAGE_COOKIE], category: 'preferences', setBy: 'browser',
      purpose: 'Remembers the language you picked for the studio.',
      lifetime: '365 days.',
      maxAgeSeconds: 365 * 86_400,
    },
  ];
}

/** The inventory entry for a cookie name, or undefined when the site should never set it. */
export function findCookie(ctx: Pick<AppContext, 'sessionTimeouts'>, name: string): CookieDescription | undefined {
  return describeCookies(ctx).find((c) => c.names.includes(name));
}
