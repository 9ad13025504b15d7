import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSecureOrigin } from '../http/session-cookie';
import { CONSENT_COOKIE_MAX_AGE_SECONDS, PLAIN_CONSENT_COOKIE, SECURE_CONSENT_COOKIE, describeCookies } from './cookie-inventory';

/**
 * The consent cookie (strictly necessary), set only when a choice is made, never before:
 *
 *   __Host-inkless-consent=<visitorId>.<categories>; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=15552000
 *
 * visitorId: 22 base64url characters (16 random bytes), the subject of a signed-out visitor's
 * rows in the consent ledger; categories: `n` (strictly necessary only) or `np` (also preferences).
 * Plain-http origins other than loopback get `inkless-consent`, without Secure.
 */
export interface ConsentCookie {
  readonly visitorId: string;
  readonly preferences: boolean;
}

const COOKIE_PATTERN = /^([A-Za-z0-9_-]{22})\.(n|np)$/;

export function consentCookieName(request: FastifyRequest): string {
  return isSecureOrigin(request) ? SECURE_CONSENT_COOKIE : PLAIN_CONSENT_COOKIE;
}

/** The choice this browser made, or undefined when it made none (or the cookie is malformed). */
export function readConsentCookie(request: FastifyRequest): ConsentCookie | undefined {
  const m = COOKIE_PATTERN.exec(request.cookies[consentCookieName(request)] ?? '');
  return m ? { visitorId: m[1]!, preferences: m[2] === 'np' } : undefined;
}

/** A new random visitor id: identifies a choice, not a person (nothing else is stored with it). */
export function createVisitorId(): string {
  return randomBytes(16).toString('base64url');
}

export function setConsentCookie(request: FastifyRequest, reply: FastifyReply, cookie: ConsentCookie): void {
  reply.setCookie(consentCookieName(request), `${cookie.visitorId}.${cookie.preferences ? 'np' : 'n'}`, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureOrigin(request), maxAge: CONSENT_COOKIE_MAX_AGE_SECONDS,
  });
}

/** Clears the preference cookies this browser sent: refusing preferences leaves only strictly necessary cookies. */
export function clearPreferenceCookies(request: FastifyRequest, reply: FastifyReply, ctx: Parameters<typeof describeCookies>[0]): void {
  for (const cookie of describeCookies(ctx)) {
    if (cookie.category !== 'preferences') continue;
    for (const name of cookie.names) if (request.cookies[name] !== undefined) reply.clearCookie(name, { path: '/' });
  }
}
