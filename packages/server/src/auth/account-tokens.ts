import type { Queryable } from '../db/database';
import type { Clock } from '../clock';
import { ApiError } from '../http/api-error';
import { createRandomToken, hashToken } from './secrets';

export type TokenPurpose = 'verify-email' | 'reset-password' | 'change-email' | 'sign-in';

/** How long a mailed link works. */
const LIFETIME_MS: Record<TokenPurpose, number> = {
  'verify-email': 7 * 86_400_000,
  'change-email': 86_400_000,
  'reset-password': 3_600_000,
  'sign-in': 15 * 60_000,
};

/** Makes a single-use token for a mailed link; only its hash is stored. Older unused ones of the same purpose stop working. */
export async function createAccountToken(db: Queryable, userId: string, purpose: TokenPurpose, clock: Clock, email?: string): Promise<string> {
  const token = createRandomToken();
  const now = clock();
  await db.query('UPDATE account_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL', [userId, purpose, now]);
  await db.query('INSERT INTO account_tokens (token_hash, user_id, purpose, email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    hashToken(token), userId, purpose, email ?? null, now, new Date(now.getTime() + LIFETIME_MS[purpose]),
  ]);
  return token;
}

/** Uses a token once (atomically: two clicks cannot both succeed); throws INKLESS_AUTH_TOKEN_INVALID. */
export async function consumeAccountToken(db: Queryable, token: string, purpose: TokenPurpose, clock: Clock): Promise<{ userId: string; email: string | null }> {
  const now = clock();
  const rows = await db.query<{ user_id: string; email: string | null }>(
    'UPDATE account_tokens SET used_at = $3 WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 RETURNING user_id, email',
    [hashToken(token), purpose, now],
  );
  if (!rows[0]) throw new ApiError('INKLESS_AUTH_TOKEN_INVALID', 'this link is wrong, used or expired; ask for a new one', { path: 'token' });
  return { userId: rows[0].user_id, email: rows[0].email };
}
