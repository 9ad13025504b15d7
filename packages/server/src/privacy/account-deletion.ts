import type { Database, Queryable } from '../db/database';
import { endUserSessions } from '../auth/session-store';
import { ApiError } from '../http/api-error';
import { hiddenReasons, restoreWithdrawnTemplates, withdrawPublishedTemplates } from '../moderation/template-hiding';
import type { PublishedChoice } from './inventory-types';

/** What the user types to confirm: deleting an account cannot be done by a stray click. */
export const DELETION_CONFIRMATION = 'delete my account';
/** Days between asking and erasure, in which the user can cancel. */
export const DEFAULT_DELETION_GRACE_DAYS = 14;
const DAY_MS = 86_400_000;

/** A deletion waiting for its grace period to end. */
export interface PendingDeletion {
  readonly requestedAt: Date;
  readonly dueAt: Date;
  readonly publishedTemplates: PublishedChoice;
  /** Published templates taken out of the gallery by this request (only with "remove"). */
  readonly withdrawnTemplates: number;
}

/** Reads `INKLESS_DELETION_GRACE_DAYS` (whole days, 0 or more; 0 erases at the next run of the job). */
export function readDeletionGraceDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.INKLESS_DELETION_GRACE_DAYS;
  if (raw === undefined || raw === '') return DEFAULT_DELETION_GRACE_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0) throw new Error(`INKLESS_DELETION_GRACE_DAYS must be a whole number of days (0 or more), got ${raw}`);
  return days;
}

/**
 * Records that a user wants the account deleted after the grace period, and ends every session
 * of it in the same transaction (a stolen session cannot cancel it; the owner signs in again to).
 * With "remove", the published templates leave the gallery in that transaction too, so nobody
 * can open them from the moment the user is told they are removed. A second request while one
 * waits is a conflict.
 */
export async function requestAccountDeletion(db: Database, userId: string, choice: PublishedChoice, now: Date, graceDays: number): Promise<PendingDeletion> {
  const dueAt = new Date(now.getTime() + graceDays * DAY_MS);
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      'INSERT INTO account_deletions (user_id, requested_at, due_at, published_templates) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO NOTHING RETURNING 1',
      [userId, now, dueAt, choice],
    );
    if (rows.length === 0) {
      const pending = (await readPendingDeletion(tx, userId))!;
      throw new ApiError('INKLESS_API_CONFLICT', `your account is already due for deletion on ${pending.dueAt.toISOString()}; cancel that first (POST /api/me/deletion/cancel) to choose again`);
    }
    await endUserSessions(tx, userId);
    const withdrawnTemplates = choice === 'remove' ? await withdrawPublishedTemplates(tx, userId, now) : 0;
    return { requestedAt: now, dueAt, publishedTemplates: choice, withdrawnTemplates };
  });
}

/**
 * Cancels a waiting deletion and shows again, as they were, the published templates it withdrew
 * (those hidden meanwhile for another reason, such as an upheld complaint, stay hidden). Answers
 * how many came back, or undefined when no deletion was waiting.
 */
export async function cancelAccountDeletion(db: Database, userId: string): Promise<{ restoredTemplates: number } | undefined> {
  return db.transaction(async (tx) => {
    const removed = await tx.query('DELETE FROM account_deletions WHERE user_id = $1 RETURNING 1', [userId]);
    if (removed.length === 0) return undefined;
    return { restoredTemplates: await restoreWithdrawnTemplates(tx, userId) };
  });
}

export async function readPendingDeletion(db: Queryable, userId: string): Promise<PendingDeletion | undefined> {
  const [row] = await db.query<{ requested_at: Date; due_at: Date; published_templates: PublishedChoice }>(
    'SELECT requested_at, due_at, published_templates FROM account_deletions WHERE user_id = $1',
    [userId],
  );
  if (!row) return undefined;
  const withdrawn = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM templates WHERE owner_id = $1 AND hidden_reason = $2', [userId, hiddenReasons.ownerLeaving]);
  return { requestedAt: new Date(row.requested_at), dueAt: new Date(row.due_at), publishedTemplates: row.published_templates, withdrawnTemplates: withdrawn[0]!.n };
}
