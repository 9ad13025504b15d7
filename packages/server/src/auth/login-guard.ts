import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';

/** Wrong passwords in a row before the account pauses sign-in. */
export const MAX_FAILED_LOGINS = 5;
/** The first lockout; each one after doubles it, up to a day. */
const FIRST_LOCKOUT_MS = 60_000;
const MAX_LOCKOUT_MS = 86_400_000;

/**
 * Takes one sign-in attempt for an account before its password is checked, in one UPDATE: the
 * attempt counts as failed until it succeeds, and the WHERE clause refuses it once the limit is
 * reached, so a burst of parallel wrong passwords gets exactly MAX_FAILED_LOGINS tries (the
 * database serialises the updates of one row) and then INKLESS_API_LOCKED.
 */
export async function reserveLoginAttempt(db: Queryable, userId: string, now: Date): Promise<void> {
  const rows = await db.query<{ failed_logins: number }>(
    `UPDATE users SET
       failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN 1 ELSE failed_logins + 1 END,
       locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN NULL ELSE locked_until END
     WHERE id = $1 AND (failed_logins < $3 OR (locked_until IS NOT NULL AND locked_until <= $2))
     RETURNING failed_logins`,
    [userId, now, MAX_FAILED_LOGINS],
  );
  if (rows.length > 0) return;
  const lock = await db.query<{ locked_until: Date | null }>('SELECT locked_until FROM users WHERE id = $1', [userId]);
  const until = lock[0]?.locked_until ? new Date(lock[0].locked_until).getTime() : now.getTime() + FIRST_LOCKOUT_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  throw new ApiError('INKLESS_API_LOCKED', `too many wrong passwords: sign-in to this account is paused for ${retryAfterSeconds} s (or reset the password by email)`, { retryAfterSeconds });
}

/** A wrong password: once the attempts are used up, the lockout starts (doubling each time). */
export async function recordFailedLogin(db: Queryable, userId: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE users SET
       locked_until = $2::timestamptz + make_interval(secs => LEAST($4::float8, $3::float8 * power(2, lockouts)) / 1000),
       lockouts = lockouts + 1
     WHERE id = $1 AND failed_logins >= $5 AND locked_until IS NULL`,
    [userId, now, FIRST_LOCKOUT_MS, MAX_LOCKOUT_MS, MAX_FAILED_LOGINS],
  );
}

/** The right password: the count starts again. */
export async function recordSuccessfulLogin(db: Queryable, userId: string): Promise<void> {
  await db.query('UPDATE users SET failed_logins = 0, lockouts = 0, locked_until = NULL WHERE id = $1', [userId]);
}
