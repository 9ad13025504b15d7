import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../auth/secrets';

/**
 * The token in a marketing mail's unsubscribe link, good without signing in and without expiry
 * (people unsubscribe from old mail):
 *
 *   <userId as 16 bytes, base64url: 22 chars>.<HMAC-SHA256(secret, "marketing-email:" + userId), base64url: 43 chars>
 *
 * The secret is the server secret `unsubscribe` (server_secrets), shared by every server process.
 */
export function createUnsubscribeToken(secret: string, userId: string): string {
  const id = Buffer.from(userId.replace(/-/g, ''), 'hex').toString('base64url');
  return `${id}.${mac(secret, userId.toLowerCase())}`;
}

/** The user a token names, or undefined when it is malformed or its signature does not verify. */
export function readUnsubscribeToken(secret: string, token: string): string | undefined {
  const m = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return undefined;
  const hex = Buffer.from(m[1]!, 'base64url').toString('hex');
  if (hex.length !== 32) return undefined;
  const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return constantTimeEqual(m[2]!, mac(secret, userId)) ? userId : undefined;
}

function mac(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`marketing-email:${userId}`).digest('base64url');
}
