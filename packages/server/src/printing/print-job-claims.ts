import type { LabelDocument } from '@inkless/label';
import type { Queryable } from '../db/database';

/** A job as a worker claimed it: everything needed to print it. */
export interface ClaimedJob {
  readonly id: string;
  readonly document: LabelDocument;
  readonly rows: Record<string, string>[];
  /** A configured printer's id (decision 008); null on jobs from before, which are never sent. */
  readonly printer_id: string | null;
  readonly profile: string;
  readonly copies: number;
  readonly tz_offset_minutes: number;
  readonly total_labels: number;
  readonly sent_labels: number;
  readonly attempts: number;
  readonly error_code: string | null;
  readonly error_message: string | null;
  readonly created_at: Date;
}

/**
 * Which claim a worker holds. Every write a worker makes is fenced by it: once the job was
 * canceled, or taken over after the lease expired (a new claim has a new `attempts`), the write
 * matches nothing and the worker knows to stop.
 */
export interface ClaimFence {
  readonly jobId: string;
  readonly workerId: string;
  readonly attempts: number;
}

const FENCE = "id = $1 AND claimed_by = $2 AND attempts = $3 AND status = 'sending'";
const fenceParams = (f: ClaimFence) => [f.jobId, f.workerId, f.attempts];

const CLAIMED_COLUMNS = 'id, document, rows, printer_id, profile, copies, tz_offset_minutes, total_labels, sent_labels, attempts, error_code, error_message, created_at';

/**
 * A job waiting to be sent, or one whose server died (its claim expired). The outer query repeats
 * it for the row it locks: PostgreSQL re-checks a locked row's own conditions against its newest
 * version, so a job another server claimed meanwhile no longer matches (the head list, read
 * before, would still name it).
 */
const CLAIMABLE = (j: string) => `((${j}.status = 'queued' AND (${j}.retry_at IS NULL OR ${j}.retry_at <= $3)) OR (${j}.status = 'sending' AND ${j}.claimed_until < $3))`;

/**
 * The order jobs take turns in: a job taken over after its server died first, then the user whose
 * last claim on the printer is oldest (or who has none), then the oldest job.
 */
const FAIR_ORDER = (j: string) => `${j}.status = 'sending' DESC,
           (SELECT max(mine.claim_seq) FROM print_jobs mine WHERE mine.printer_id = ${j}.printer_id AND mine.user_id = ${j}.user_id) NULLS FIRST,
           ${j}.created_at, ${j}.seq`;

/** PostgreSQL's unique_violation: another server claimed a job for the same printer at the same moment. */
const UNIQUE_VIOLATION = '23505';

/**
 * Claims the next job to send, fairly:
 * - a job whose claim expired (its server died) first: its printer waits for it;
 * - never a job for a printer that has a job being sent (one job per printer at a time; the
 *   unique index `print_jobs_one_per_printer` enforces it across servers, and a claim that loses
 *   that race claims nothing this time);
 * - round robin between users on each printer: the user whose last claim on the printer is
 *   oldest (or who has none) goes next, so one user's backlog does not starve another's job;
 * - then the oldest job.
 * Only the head of each printer's line can be claimed: when another server is claiming a printer's
 * head at the same moment (the row is locked), SKIP LOCKED passes over it and the printer's next
 * job is not a head, so a printer's jobs never start out of turn (claiming "any job not locked"
 * let a second server take job 2 while the first took job 1, and the unique index then gave the
 * printer to whichever wrote first). SKIP LOCKED lets several servers claim at once without
 * waiting on each other or taking the same job.
 */
export async function claimNextJob(db: Queryable, workerId: string, now: Date, leaseMs: number): Promise<ClaimedJob | undefined> {
  try {
    const rows = await db.query<ClaimedJob>(
      `UPDATE print_jobs SET status = 'sending', claimed_by = $1, claimed_until = $2, attempts = attempts + 1,
         started_at = COALESCE(started_at, $3), retry_at = NULL, claim_seq = nextval('print_job_claim_seq')
       WHERE id = (
         SELECT id FROM print_jobs j
         WHERE ${CLAIMABLE('j')} AND j.id IN (
           SELECT DISTINCT ON (h.printer_id) h.id FROM print_jobs h
           WHERE ${CLAIMABLE('h')}
             AND NOT EXISTS (SELECT 1 FROM print_jobs busy WHERE busy.printer_id = h.printer_id AND busy.status = 'sending' AND busy.id <> h.id)
           ORDER BY h.printer_id, ${FAIR_ORDER('h')})
         ORDER BY ${FAIR_ORDER('j')}
         FOR UPDATE SKIP LOCKED
         LIMIT 1)
       RETURNING ${CLAIMED_COLUMNS}`,
      [workerId, new Date(now.getTime() + leaseMs), now],
    );
    return rows[0];
  } catch (e) {
    if ((e as { code?: unknown }).code === UNIQUE_VIOLATION) return undefined;
    throw e;
  }
}

/** Records labels confirmed so far and extends the lease; false when the claim is gone. */
export async function recordProgress(db: Queryable, fence: ClaimFence, sentLabels: number, claimedUntil: Date): Promise<boolean> {
  const rows = await db.query(`UPDATE print_jobs SET sent_labels = $4, claimed_until = $5 WHERE ${FENCE} RETURNING id`, [...fenceParams(fence), sentLabels, claimedUntil]);
  return rows.length > 0;
}

/** Extends the lease while a slow label or status reply is under way; false when the claim is gone. */
export async function renewClaim(db: Queryable, fence: ClaimFence, claimedUntil: Date): Promise<boolean> {
  const rows = await db.query(`UPDATE print_jobs SET claimed_until = $4 WHERE ${FENCE} RETURNING id`, [...fenceParams(fence), claimedUntil]);
  return rows.length > 0;
}

export async function markJobDone(db: Queryable, fence: ClaimFence, now: Date): Promise<void> {
  await db.query(
    `UPDATE print_jobs SET status = 'done', finished_at = $4, claimed_until = NULL, error_code = NULL, error_message = NULL WHERE ${FENCE}`,
    [...fenceParams(fence), now],
  );
}

export async function markJobFailed(db: Queryable, fence: ClaimFence, now: Date, error: { code: string; message: string }): Promise<void> {
  await db.query(
    `UPDATE print_jobs SET status = 'failed', finished_at = $4, claimed_until = NULL, error_code = $5, error_message = $6 WHERE ${FENCE}`,
    [...fenceParams(fence), now, error.code, error.message],
  );
}

/** Puts the job back in the queue to try again at `retryAt`, keeping the error for the user to see meanwhile. */
export async function requeueJob(db: Queryable, fence: ClaimFence, retryAt: Date, error: { code: string; message: string }): Promise<void> {
  await db.query(
    `UPDATE print_jobs SET status = 'queued', claimed_by = NULL, claimed_until = NULL, retry_at = $4, error_code = $5, error_message = $6 WHERE ${FENCE}`,
    [...fenceParams(fence), retryAt, error.code, error.message],
  );
}

/**
 * Hands the job back at once when a server shuts down, so another takes it over without waiting
 * for the lease; the shutdown does not count as an attempt.
 */
export async function releaseJob(db: Queryable, fence: ClaimFence): Promise<void> {
  await db.query(`UPDATE print_jobs SET status = 'queued', claimed_by = NULL, claimed_until = NULL, attempts = attempts - 1 WHERE ${FENCE}`, fenceParams(fence));
}
