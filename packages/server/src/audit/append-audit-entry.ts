import type { Database, Queryable } from '../db/database';
import { hashAuditRow } from './audit-hash';
import { GENESIS_HASH } from './hash-chain';

/** Any constant other than the migration lock: appenders on every server take turns on it. */
const AUDIT_APPEND_LOCK = 7_413_022;

/** What a staff member read or changed, and whose data it was; or a step of a complaint nobody on staff took (null). */
export interface AuditEntry {
  readonly staffId: string | null;
  /** What was done, e.g. `moderation.template.view`. */
  readonly action: string;
  /** The user whose data it was (null when nobody's: an anonymous complaint, a deleted account). */
  readonly subjectUserId: string | null;
  /** What was touched, e.g. `template:<uuid>` or `report:<uuid>`. */
  readonly target: string;
  readonly at: Date;
}

/**
 * Appends entries to the hash-chained audit log. Appends are serialised by a transaction-scoped
 * advisory lock taken before the last hash is read, so two servers appending at once can never
 * link two rows to the same predecessor (a fork in the chain). Pass the transaction that does the
 * audited work, so the entry and the work commit or roll back together; given the database
 * itself, it opens a transaction of its own.
 *
 * @example
 * await ctx.db.transaction(async (tx) => {
 *   const rows = await tx.query('SELECT ... FROM templates WHERE id = $1', [id]);
 *   await appendAuditEntry(tx, { staffId, action: 'moderation.template.view', subjectUserId: ownerId, target: `template:${id}`, at: ctx.clock() });
 * });
 */
export async function appendAuditEntry(db: Database | Queryable, entry: AuditEntry): Promise<void> {
  await appendAuditEntries(db, [entry]);
}

/** Appends several entries in order under one lock (see appendAuditEntry). */
export async function appendAuditEntries(db: Database | Queryable, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (isDatabase(db)) return db.transaction((tx) => appendLocked(tx, entries));
  return appendLocked(db, entries);
}

async function appendLocked(tx: Queryable, entries: readonly AuditEntry[]): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_APPEND_LOCK]);
  // Read after the lock: under READ COMMITTED this statement sees every append committed before it.
  const last = await tx.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  let prevHash = last[0]?.hash ?? GENESIS_HASH;
  for (const entry of entries) {
    const [next] = await tx.query<{ seq: string | number }>("SELECT nextval(pg_get_serial_sequence('audit_log', 'seq')) AS seq");
    // uuids are hashed as PostgreSQL gives them back: lower case.
    const row = { seq: String(next!.seq), at: entry.at, staffId: entry.staffId?.toLowerCase() ?? null, action: entry.action, subjectUserId: entry.subjectUserId?.toLowerCase() ?? null, target: entry.target };
    const hash = hashAuditRow(prevHash, row);
    await tx.query(
      'INSERT INTO audit_log (seq, at, staff_id, action, subject_user_id, target, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [row.seq, row.at, row.staffId, row.action, row.subjectUserId, row.target, prevHash, hash],
    );
    prevHash = hash;
  }
}

function isDatabase(db: Database | Queryable): db is Database {
  return typeof (db as Partial<Database>).transaction === 'function';
}
