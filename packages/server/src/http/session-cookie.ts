import type { FastifyReply, FastifyRequest } from 'fastify';

/** Name with the __Host- prefix: only set over a secure origin, by this host, for path /. */
export const SECURE_SESSION_COOKIE = '__Host-sid';
/** Plain-http origins other than loopback (a shop's LAN) cannot keep Secure cookies. */
export const PLAIN_SESSION_COOKIE = 'inkless-sid';

/** True for https, and for loopback origins (browsers keep Secure cookies for http://localhost). */
export function isSecureOrigin(request: FastifyRequest): boolean {
  if (request.protocol === 'https') return true;
  const host = (request.hostname ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '127.0.0.1' || host === '::1';
}

export function sessionCookieName(request: FastifyRequest): string {
  return isSecureOrigin(request) ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure where the origin allows; a browser-session cookie bounded by the server's absolute timeout. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string, maxAgeSeconds: number): void {
  reply.setCookie(sessionCookieName(request), value, { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureOrigin(request), maxAge: maxAgeSeconds });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(request), { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureOrigin(request) });
}
