import type { Clock } from '../clock';
import type { Database, Queryable } from '../db/database';
import { inventory } from './inventory';
import type { PublishedChoice } from './inventory-types';

/**
 * Erases an account the way the inventory says, in its table order inside the caller's
 * transaction: explicit deletions and pseudonymisations first (and, when the user chose
 * keep-credited, their published templates are detached and credited to "Deleted user"), then
 * the users row, whose foreign keys remove the rest. Rows under legal hold stay, keyed by an id
 * that from now on maps to nobody.
 */
export async function eraseAccount(tx: Queryable, userId: string, choice: PublishedChoice): Promise<void> {
  for (const table of Object.values(inventory)) {
    for (const step of table.erasure.steps ?? []) {
      if (step.when !== undefined && step.when !== choice) continue;
      await tx.query(step.sql, [userId]);
    }
  }
}

/** Accounts read per query by the deletion job. */
const BATCH_ACCOUNTS = 100;

/**
 * Erases every account whose deletion grace period has ended, each in its own transaction. Each
 * row is claimed with SKIP LOCKED, so servers running this at the same moment share the work and
 * never erase one account twice; a failure stops the run (the next run tries again). Answers the
 * ids erased.
 *
 * @example
 * const { erased } = await runDueDeletions(db, systemClock);
 */
export async function runDueDeletions(db: Database, clock: Clock): Promise<{ erased: string[] }> {
  const erased: string[] = [];
  for (;;) {
    const now = clock();
    const due = await db.query<{ user_id: string }>('SELECT user_id FROM account_deletions WHERE due_at <= $1 ORDER BY due_at, user_id LIMIT $2', [now, BATCH_ACCOUNTS]);
    const before = erased.length;
    for (const { user_id: candidate } of due) {
      const done = await db.transaction(async (tx) => {
        const [row] = await tx.query<{ published_templates: PublishedChoice }>(
          'SELECT published_templates FROM account_deletions WHERE user_id = $1 AND due_at <= $2 FOR UPDATE SKIP LOCKED',
          [candidate, now],
        );
        if (!row) return false;
        await eraseAccount(tx, candidate, row.published_templates);
        return true;
      });
      if (done) erased.push(candidate);
    }
    // Fewer than a batch: that was all. No progress: another server holds the rest.
    if (due.length < BATCH_ACCOUNTS || erased.length === before) return { erased };
  }
}
