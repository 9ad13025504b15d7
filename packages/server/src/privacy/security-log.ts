import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context';
import { describeClient } from '../auth/client-info';
import type { Queryable } from '../db/database';
import { readLogPage, type LogPage, type LogPageQuery } from './log-page';

/** The account-security events kept with the full address (the CHECK in 005-privacy.sql lists the same). */
export type SecurityEvent =
  | 'sign-in'
  /** The password was right and the second factor is still to come. */
  | 'sign-in-password-ok'
  | 'sign-in-failed'
  | 'password-reset-requested'
  | 'password-reset'
  | 'password-changed'
  | 'two-factor-enabled'
  | 'two-factor-disabled'
  | 'recovery-codes-renewed';

/** One security-log row as its user sees it. */
export interface SecurityLogEntry {
  readonly at: string;
  readonly event: SecurityEvent;
  /** The full address the request came from (the access log keeps only the network). */
  readonly ip: string;
  readonly browser: string;
  readonly os: string;
}

/**
 * Records a sign-in or a change to how an account is protected, with the full address, so the
 * user (and support, on a report of a takeover) can see where it came from. Kept for the
 * security-log retention only (default 30 days). `userId` is absent for a failed sign-in with an
 * unknown email; the email itself is never stored.
 *
 * @example
 * await recordSecurityEvent(ctx, { request, userId: user.id, event: 'password-changed' });
 */
export async function recordSecurityEvent(ctx: AppContext, event: { readonly request: FastifyRequest; readonly userId?: string | undefined; readonly event: SecurityEvent }): Promise<void> {
  const client = describeClient(event.request.headers['user-agent'], event.request.ip);
  await ctx.db.query(
    'INSERT INTO security_log (at, user_id, event, ip, browser, os) VALUES ($1, $2, $3, $4, $5, $6)',
    [ctx.clock(), event.userId ?? null, event.event, event.request.ip, client.browser, client.os],
  );
}

/** A user's own security log, newest first, one page at a time. */
export async function listSecurityLog(db: Queryable, userId: string, page: LogPageQuery): Promise<LogPage<SecurityLogEntry>> {
  return readLogPage(db, 'security_log', 'at, event, ip, browser, os', userId, page, (r: { at: Date; event: SecurityEvent; ip: string; browser: string; os: string }) => ({
    at: new Date(r.at).toISOString(), event: r.event, ip: r.ip, browser: r.browser, os: r.os,
  }));
}
