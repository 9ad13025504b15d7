import type { Queryable } from '../db/database';
import type { Clock } from '../clock';
import { ApiError } from '../http/api-error';
import { pruneSignInThrottle } from './sign-in-throttle';

export interface RateLimit {
  /** What is counted, e.g. `login-ip`; the key (address, account) is added per call. */
  readonly name: string;
  readonly max: number;
  readonly windowSeconds: number;
}

/** The limits the server applies; tests and deployments can lower or raise them. */
export const defaultRateLimits = {
  loginPerIp: { name: 'login-ip', max: 30, windowSeconds: 300 },
  signupPerIp: { name: 'signup-ip', max: 10, windowSeconds: 3600 },
  mailPerAccount: { name: 'mail-account', max: 5, windowSeconds: 3600 },
  mailPerIp: { name: 'mail-ip', max: 20, windowSeconds: 3600 },
  securityReportPerIp: { name: 'security-report-ip', max: 5, windowSeconds: 3600 },
  renderPerIp: { name: 'render-ip', max: 600, windowSeconds: 60 },
  /** Anyone may file a complaint about a gallery template; each sends a confirmation mail or tells a publisher. */
  ipComplaintPerIp: { name: 'ip-complaint-ip', max: 10, windowSeconds: 3600 },
  /** Complaints per complainant's email address: one person cannot keep a queue, or an inbox, busy. */
  ipComplaintPerComplainant: { name: 'ip-complaint-complainant', max: 5, windowSeconds: 86_400 },
  reportPerAccount: { name: 'report-account', max: 30, windowSeconds: 3600 },
  /** An export reads everything an account holds: a few a day are plenty. */
  exportPerAccount: { name: 'export-account', max: 10, windowSeconds: 86_400 },
  /** Each report ends the account's sessions and mails its owner: past this, reports of one account change nothing. */
  securityReportPerAccount: { name: 'security-report-account', max: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimit>;

export type RateLimits = { readonly [K in keyof typeof defaultRateLimits]: RateLimit };

/**
 * Counts one hit in a fixed window, atomically in the database (one INSERT ... ON CONFLICT DO
 * UPDATE, so parallel requests on any number of servers cannot slip past), and throws
 * INKLESS_API_RATE_LIMITED with Retry-After once the window is full.
 */
export async function countHit(db: Queryable, limit: RateLimit, key: string, clock: Clock): Promise<void> {
  const now = clock().getTime();
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const rows = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
    [`${limit.name}:${key}`, windowStart],
  );
  if (rows[0]!.hits > limit.max) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
    throw new ApiError('INKLESS_API_RATE_LIMITED', `too many requests; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** Drops finished windows and idle sign-in counters (run now and then; old rows only cost space). */
export async function pruneRateLimits(db: Queryable, clock: Clock): Promise<void> {
  await db.query("DELETE FROM rate_limits WHERE window_start < $1", [new Date(clock().getTime() - 86_400_000)]);
  await pruneSignInThrottle(db, clock);
}
