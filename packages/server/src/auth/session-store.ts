import type { Queryable } from '../db/database';
import type { Clock } from '../clock';
import type { ClientInfo } from './client-info';
import { createRandomToken, hashToken } from './secrets';

/** Only touch last_seen_at when it is older than this: one write per minute, not per request. */
const TOUCH_AFTER_MS = 60_000;

export interface SessionTimeouts {
  readonly idleMinutes: number;
  readonly absoluteDays: number;
}

/** A signed-in user as routes see them. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: 'user' | 'moderator' | 'support' | 'admin';
  readonly emailVerified: boolean;
  readonly totpEnabled: boolean;
}

export interface LoadedSession {
  readonly idHash: string;
  readonly user: SessionUser;
  readonly mfaPending: boolean;
  /** The sign-in began with a mailed link rather than a password. */
  readonly viaMailLink: boolean;
  readonly reauthenticatedAt: Date | undefined;
  readonly createdAt: Date;
}

/** Starts a session; returns the cookie value (only its hash is stored). A new id at every login. */
export async function createSession(db: Queryable, userId: string, client: ClientInfo, clock: Clock, timeouts: SessionTimeouts, options: { mfaPending: boolean; viaMailLink?: boolean }): Promise<string> {
  const id = createRandomToken();
  const now = clock();
  const expires = new Date(now.getTime() + timeouts.absoluteDays * 86_400_000);
  await db.query(
    `INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, mfa_pending, via_mail_link, reauthenticated_at, browser, os, device, ip_prefix)
     VALUES ($1, $2, $3, $3, $4, $5, $6, $3, $7, $8, $9, $10)`,
    [hashToken(id), userId, now, expires, options.mfaPending, options.viaMailLink ?? false, client.browser, client.os, client.device, client.ipPrefix],
  );
  return id;
}

/** The session behind a cookie value, or undefined when it is unknown, idle too long or past its end. */
export async function loadSession(db: Queryable, cookieValue: string, clock: Clock, timeouts: SessionTimeouts): Promise<LoadedSession | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(cookieValue)) return undefined;
  const idHash = hashToken(cookieValue);
  const rows = await db.query<{
    user_id: string; email: string; display_name: string; role: SessionUser['role']; email_verified_at: Date | null; totp_enabled_at: Date | null;
    last_seen_at: Date; expires_at: Date; mfa_pending: boolean; via_mail_link: boolean; reauthenticated_at: Date | null; created_at: Date;
  }>(
    `SELECT s.user_id, u.email, u.display_name, u.role, u.email_verified_at, u.totp_enabled_at, s.last_seen_at, s.expires_at, s.mfa_pending, s.via_mail_link, s.reauthenticated_at, s.created_at
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1`,
    [idHash],
  );
  const row = rows[0];
  if (!row) return undefined;
  const now = clock();
  const idleEnd = new Date(row.last_seen_at).getTime() + timeouts.idleMinutes * 60_000;
  if (now.getTime() >= new Date(row.expires_at).getTime() || now.getTime() >= idleEnd) {
    await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    return undefined;
  }
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
  }
  return {
    idHash,
    user: {
      id: row.user_id, email: row.email, displayName: row.display_name, role: row.role,
      emailVerified: row.email_verified_at !== null, totpEnabled: row.totp_enabled_at !== null,
    },
    mfaPending: row.mfa_pending,
    viaMailLink: row.via_mail_link,
    reauthenticatedAt: row.reauthenticated_at ? new Date(row.reauthenticated_at) : undefined,
    createdAt: new Date(row.created_at),
  };
}

export async function endSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}

/** Ends every session of a user, except `keepIdHash` (the one making the request) when given. */
export async function endUserSessions(db: Queryable, userId: string, keepIdHash?: string): Promise<number> {
  const rows = await db.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2 RETURNING 1', [userId, keepIdHash ?? '']);
  return rows.length;
}
