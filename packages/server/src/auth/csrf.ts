import { createHmac } from 'node:crypto';
import { constantTimeEqual } from './secrets';

/** How long a token is good for. */
const TOKEN_LIFETIME_MS = 12 * 3_600_000;

/**
 * CSRF tokens without a cookie: `issuedAt.mac`, where mac = HMAC(secret, binding.issuedAt) and the
 * binding is the session (its hash) or `anonymous` before sign-in. A cross-site page can neither
 * read a token (no CORS) nor send the `X-CSRF-Token` header on a form post; a token from another
 * session does not verify. Signing in changes the binding, so the client fetches a new token.
 */
export function issueCsrfToken(secret: string, binding: string, now: Date): string {
  const issuedAt = now.getTime().toString(36);
  return `${issuedAt}.${mac(secret, binding, issuedAt)}`;
}

export function verifyCsrfToken(secret: string, binding: string, token: string | undefined, now: Date): boolean {
  if (!token || token.length > 200) return false;
  const [issuedAt = '', given = ''] = token.split('.');
  const at = parseInt(issuedAt, 36);
  if (!Number.isFinite(at) || now.getTime() - at > TOKEN_LIFETIME_MS || at - now.getTime() > 60_000) return false;
  return constantTimeEqual(given, mac(secret, binding, issuedAt));
}

function mac(secret: string, binding: string, issuedAt: string): string {
  return createHmac('sha256', secret).update(`${binding}.${issuedAt}`).digest('base64url');
}
