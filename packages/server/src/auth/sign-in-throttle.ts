import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { ApiError, type ServerErrorCode } from '../http/api-error';
import { throttleAddress } from './client-info';
import { hashToken } from './secrets';
import { normaliseEmail } from './users';

/** One kind of failure counter: some failures are free, then each one pauses attempts twice as long as the last. */
export interface ThrottleRule {
  readonly kind: 'address' | 'pair' | 'account';
  readonly freeFailures: number;
  readonly firstPauseMs: number;
  readonly maxPauseMs: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** A counter nobody touched for a day after its last pause ended starts again. */
const FORGET_AFTER_MS = DAY_MS;

/**
 * The counters every check of a password or a second-factor code goes through (decision 007).
 * `pair` is one account from one address: an outsider guessing from one place only slows
 * themselves down. `account` is the ceiling across all addresses, fed only by attempts within
 * their pair's free ones, so no single address can start it. `address` is one address across all
 * accounts (password spraying). Unknown emails are counted like known ones, so nothing here tells
 * whether an account exists.
 */
export const signInThrottleRules = {
  address: { kind: 'address', freeFailures: 20, firstPauseMs: MINUTE_MS, maxPauseMs: DAY_MS },
  pair: { kind: 'pair', freeFailures: 5, firstPauseMs: MINUTE_MS, maxPauseMs: DAY_MS },
  account: { kind: 'account', freeFailures: 20, firstPauseMs: MINUTE_MS, maxPauseMs: DAY_MS },
} as const satisfies Record<string, ThrottleRule>;

/** Who is trying: the email the attempt names (an account or not) and the client address (IPv6 counts by its /64). */
export interface Attempter {
  readonly email: string;
  readonly address: string;
  /** The sign-in began with a mailed link: the account-wide pause (outsiders' doing) does not hold it back. */
  readonly skipAccountCeiling?: boolean;
}

/** A reserved attempt: the counters it was counted in, to be settled once the credential is checked. */
export interface CredentialAttempt {
  readonly counted: readonly { readonly scope: string; readonly rule: ThrottleRule }[];
}

/** How a checked credential turned out: wrong, right but sign-in goes on (second factor next), or signed in. */
export type AttemptOutcome = 'failed' | 'passed' | 'signed-in';

/** The key every counter of one account shares: a hash, so the table names no email. */
export function accountKey(email: string): string {
  return hashToken(normaliseEmail(email));
}

/**
 * Counts one attempt in every counter before the credential is checked, in one transaction (the
 * database serialises updates of a row, so a parallel burst gets exactly the free attempts), or
 * throws INKLESS_API_LOCKED / INKLESS_API_RATE_LIMITED with Retry-After and counts nothing.
 *
 * @example
 * const attempt = await reserveCredentialAttempt(ctx.db, ctx.clock, { email, address: request.ip });
 * await settleCredentialAttempt(ctx.db, ctx.clock, attempt, ok ? 'signed-in' : 'failed');
 */
export async function reserveCredentialAttempt(db: Database, clock: Clock, who: Attempter): Promise<CredentialAttempt> {
  const account = accountKey(who.email);
  const address = throttleAddress(who.address);
  const now = clock();
  return db.transaction(async (tx) => {
    const counted: { scope: string; rule: ThrottleRule }[] = [];
    const take = async (scope: string, rule: ThrottleRule, owner: string): Promise<number> => {
      const failures = await countAttempt(tx, scope, rule, owner, now);
      counted.push({ scope, rule });
      return failures;
    };
    await take(`address:${address}`, signInThrottleRules.address, '');
    const pairFailures = await take(`pair:${account}:${address}`, signInThrottleRules.pair, account);
    if (!who.skipAccountCeiling && pairFailures <= signInThrottleRules.pair.freeFailures) await take(`account:${account}`, signInThrottleRules.account, account);
    return { counted };
  });
}

/** Settles a reserved attempt: a failure may start a pause; a success gives its attempt back, and signing in clears the pair. */
export async function settleCredentialAttempt(db: Queryable, clock: Clock, attempt: CredentialAttempt, outcome: AttemptOutcome): Promise<void> {
  const now = clock();
  for (const { scope, rule } of attempt.counted) {
    if (outcome === 'failed') {
      await db.query(
        `UPDATE sign_in_throttle SET blocked_until = CASE WHEN failures >= $2
           THEN $3::timestamptz + make_interval(secs => LEAST($5::float8, $4::float8 * power(2, failures - $2)) / 1000) END
         WHERE scope = $1`,
        [scope, rule.freeFailures, now, rule.firstPauseMs, rule.maxPauseMs],
      );
    } else if (outcome === 'signed-in' && rule.kind === 'pair') {
      await db.query('DELETE FROM sign_in_throttle WHERE scope = $1', [scope]);
    } else {
      // The attempt was not a failure: give it back. Past the free ones, the next attempt is open at once.
      await db.query(
        `UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0), blocked_until = CASE WHEN failures - 1 >= $2 THEN $3::timestamptz END
         WHERE scope = $1`,
        [scope, rule.freeFailures, now],
      );
    }
  }
}

/** Forgets every counter of an account (its password was just reset from the mailbox). */
export async function clearAccountThrottle(db: Queryable, email: string): Promise<void> {
  await db.query('DELETE FROM sign_in_throttle WHERE account_hash = $1', [accountKey(email)]);
}

/** Drops counters that are idle and past their pause (run now and then; old rows only cost space). */
export async function pruneSignInThrottle(db: Queryable, clock: Clock): Promise<void> {
  await db.query('DELETE FROM sign_in_throttle WHERE GREATEST(last_attempt_at, COALESCE(blocked_until, last_attempt_at)) < $1', [new Date(clock().getTime() - FORGET_AFTER_MS)]);
}

/** One counter: forgotten when idle, refused while paused or while its last free attempt is still being checked. */
async function countAttempt(tx: Queryable, scope: string, rule: ThrottleRule, account: string, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const rows = await tx.query<{ failures: number }>(
    `INSERT INTO sign_in_throttle AS t (scope, account_hash, failures, blocked_until, last_attempt_at) VALUES ($1, $2, 1, NULL, $3)
     ON CONFLICT (scope) DO UPDATE SET
       failures = CASE WHEN GREATEST(t.last_attempt_at, COALESCE(t.blocked_until, t.last_attempt_at)) < $4 THEN 1 ELSE t.failures + 1 END,
       blocked_until = NULL,
       last_attempt_at = $3
     WHERE GREATEST(t.last_attempt_at, COALESCE(t.blocked_until, t.last_attempt_at)) < $4 OR t.failures < $5 OR t.blocked_until <= $3
     RETURNING failures`,
    [scope, account, now, forgetBefore, rule.freeFailures],
  );
  if (rows[0]) return rows[0].failures;
  const [held] = await tx.query<{ failures: number; blocked_until: Date | null }>('SELECT failures, blocked_until FROM sign_in_throttle WHERE scope = $1', [scope]);
  const until = held?.blocked_until
    ? new Date(held.blocked_until).getTime()
    : now.getTime() + Math.min(rule.maxPauseMs, rule.firstPauseMs * 2 ** Math.max(0, (held?.failures ?? rule.freeFailures) - rule.freeFailures));
  throw refusal(rule, Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
}

const REFUSALS: Record<ThrottleRule['kind'], { code: ServerErrorCode; says: (seconds: number) => string }> = {
  address: {
    code: 'INKLESS_API_RATE_LIMITED',
    says: (s) => `too many failed sign-in attempts from this address; try again in ${s} s`,
  },
  pair: {
    code: 'INKLESS_API_LOCKED',
    says: (s) => `too many wrong attempts for this account from this address: try again in ${s} s, or sign in with a link by email (POST /api/auth/login-link)`,
  },
  account: {
    code: 'INKLESS_API_LOCKED',
    says: (s) => `too many wrong attempts for this account from many places: password sign-in is paused for ${s} s; a sign-in link by email works meanwhile (POST /api/auth/login-link)`,
  },
};

function refusal(rule: ThrottleRule, retryAfterSeconds: number): ApiError {
  const { code, says } = REFUSALS[rule.kind];
  return new ApiError(code, says(retryAfterSeconds), { retryAfterSeconds });
}

/**
 * Checks one credential (a password, a second-factor code) through the counters: reserved before,
 * settled after, whatever `check` answers or throws. Every route that checks a credential goes
 * through here, so none of them can be guessed at without limit.
 */
export async function checkThrottled(db: Database, clock: Clock, who: Attempter, check: () => Promise<boolean>, onSuccess: Exclude<AttemptOutcome, 'failed'>): Promise<boolean> {
  const attempt = await reserveCredentialAttempt(db, clock, who);
  let ok = false;
  try {
    ok = await check();
  } finally {
    await settleCredentialAttempt(db, clock, attempt, ok ? onSuccess : 'failed');
  }
  return ok;
}
