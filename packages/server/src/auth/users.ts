import type { Queryable } from '../db/database';
import type { SessionUser } from './session-store';

/** A users row as the auth code needs it. */
export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly display_name: string;
  readonly role: SessionUser['role'];
  readonly password_hash: string;
  readonly email_verified_at: Date | null;
  readonly totp_secret: string | null;
  readonly totp_enabled_at: Date | null;
  readonly totp_last_step: string | null;
  readonly must_reset_password: boolean;
  readonly created_at: Date;
}

/** Emails are compared and stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  return (await db.query<UserRow>('SELECT * FROM users WHERE email = $1', [normaliseEmail(email)]))[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  return (await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]))[0];
}

/** What the API shows of a user to themselves. */
export function describeUser(u: UserRow | SessionUser): Record<string, unknown> {
  if ('displayName' in u) return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, emailVerified: u.emailVerified, twoFactor: u.totpEnabled };
  return { id: u.id, email: u.email, displayName: u.display_name, role: u.role, emailVerified: u.email_verified_at !== null, twoFactor: u.totp_enabled_at !== null };
}
