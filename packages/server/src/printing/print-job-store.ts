import type { LabelDocument } from '@inkless/label';
import type { Database, Queryable } from '../db/database';
import type { ConfiguredPrinter } from './configured-printers';

export type PrintJobStatus = 'queued' | 'sending' | 'done' | 'failed' | 'canceled';

/** A print_jobs row without its document and rows (history, status). */
export interface PrintJobSummaryRow {
  readonly id: string;
  readonly template_id: string | null;
  /** The configured printer (decision 008); null on jobs from before, which named an address. */
  readonly printer_id: string | null;
  readonly profile: string;
  readonly copies: number;
  readonly status: PrintJobStatus;
  readonly total_labels: number;
  readonly sent_labels: number;
  readonly row_count: number;
  readonly error_code: string | null;
  readonly error_message: string | null;
  readonly attempts: number;
  readonly retry_at: Date | null;
  readonly reprint_of: string | null;
  readonly created_at: Date;
  readonly started_at: Date | null;
  readonly finished_at: Date | null;
}

/** What is needed to print a job again: the stored copy of what was printed. */
export interface PrintJobContentRow {
  readonly template_id: string | null;
  readonly document: LabelDocument;
  readonly rows: Record<string, string>[];
  readonly printer_id: string | null;
  readonly profile: string;
  readonly copies: number;
  readonly tz_offset_minutes: number;
}

export interface NewPrintJob {
  readonly userId: string;
  readonly templateId: string | null;
  readonly document: LabelDocument;
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly printerId: string;
  readonly profile: string;
  readonly copies: number;
  readonly tzOffsetMinutes: number;
  readonly totalLabels: number;
  readonly reprintOf: string | null;
  readonly createdAt: Date;
}

const SUMMARY_COLUMNS = `id, template_id, printer_id, profile, copies, status, total_labels, sent_labels, jsonb_array_length(rows) AS row_count,
  error_code, error_message, attempts, retry_at, reprint_of, created_at, started_at, finished_at`;

/** Queues a job. JSON goes in as text and is cast, so both drivers store arrays as JSON arrays. */
export async function insertPrintJob(db: Queryable, job: NewPrintJob): Promise<PrintJobSummaryRow> {
  const rows = await db.query<PrintJobSummaryRow>(
    `INSERT INTO print_jobs (user_id, template_id, document, rows, printer_id, profile, copies, tz_offset_minutes, total_labels, reprint_of, created_at)
     VALUES ($1, $2, $3::text::jsonb, $4::text::jsonb, $5, $6, $7, $8, $9, $10, $11) RETURNING ${SUMMARY_COLUMNS}`,
    [job.userId, job.templateId, JSON.stringify(job.document), JSON.stringify(job.rows), job.printerId, job.profile, job.copies, job.tzOffsetMinutes, job.totalLabels, job.reprintOf, job.createdAt],
  );
  return rows[0]!;
}

/**
 * Queues a job unless the user has `maxActive` jobs queued or printing already (then undefined).
 * Counting and inserting hold a lock per user, so two requests at once, on any server, cannot both
 * take the last place.
 */
export async function insertPrintJobWithinLimit(db: Database, job: NewPrintJob, maxActive: number): Promise<PrintJobSummaryRow | undefined> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('inkless-print-queue:' || $1))", [job.userId]);
    const [counted] = await tx.query<{ active: number }>("SELECT count(*)::int AS active FROM print_jobs WHERE user_id = $1 AND status IN ('queued', 'sending')", [job.userId]);
    if (counted!.active >= maxActive) return undefined;
    return insertPrintJob(tx, job);
  });
}

/** One of the user's jobs; undefined when there is none or it is someone else's (the same to the caller). */
export async function findUserPrintJob(db: Queryable, userId: string, id: string): Promise<PrintJobSummaryRow | undefined> {
  return (await db.query<PrintJobSummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM print_jobs WHERE id = $1 AND user_id = $2`, [id, userId]))[0];
}

export async function findUserPrintJobContent(db: Queryable, userId: string, id: string): Promise<PrintJobContentRow | undefined> {
  return (await db.query<PrintJobContentRow>('SELECT template_id, document, rows, printer_id, profile, copies, tz_offset_minutes FROM print_jobs WHERE id = $1 AND user_id = $2', [id, userId]))[0];
}

/** The user's jobs, newest first; `before` (a job id of theirs) pages on after it. */
export async function listUserPrintJobs(db: Queryable, userId: string, options: { limit: number; before?: string }): Promise<PrintJobSummaryRow[]> {
  if (options.before === undefined) {
    return db.query<PrintJobSummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM print_jobs WHERE user_id = $1 ORDER BY created_at DESC, seq DESC LIMIT $2`, [userId, options.limit]);
  }
  return db.query<PrintJobSummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM print_jobs
     WHERE user_id = $1 AND (created_at, seq) < (SELECT created_at, seq FROM print_jobs WHERE id = $3 AND user_id = $1)
     ORDER BY created_at DESC, seq DESC LIMIT $2`,
    [userId, options.limit, options.before],
  );
}

/**
 * Cancels a queued or sending job. A worker sending it notices between labels (its fenced
 * progress update no longer matches) and stops. Undefined when the job is not the user's or is over.
 */
export async function cancelUserPrintJob(db: Queryable, userId: string, id: string, now: Date): Promise<PrintJobSummaryRow | undefined> {
  return (await db.query<PrintJobSummaryRow>(
    `UPDATE print_jobs SET status = 'canceled', finished_at = $3, claimed_until = NULL, retry_at = NULL
     WHERE id = $1 AND user_id = $2 AND status IN ('queued', 'sending') RETURNING ${SUMMARY_COLUMNS}`,
    [id, userId, now],
  ))[0];
}

/** A job as the API shows it to its owner: the printer by id and name, never its address. */
export function describePrintJob(row: PrintJobSummaryRow, printers: readonly ConfiguredPrinter[]): Record<string, unknown> {
  return {
    id: row.id,
    status: row.status,
    printerId: row.printer_id,
    // The printer's name while it is set up; its id once it is gone (or null on jobs from before printers were set up).
    printer: printers.find((p) => p.id === row.printer_id)?.name ?? row.printer_id,
    profile: row.profile,
    templateId: row.template_id,
    rows: row.row_count,
    copies: row.copies,
    totalLabels: row.total_labels,
    sentLabels: row.sent_labels,
    attempts: row.attempts,
    // While a retry waits (status queued, retryAt set) this is why; once failed, why it failed.
    error: row.error_code === null ? null : { code: row.error_code, message: row.error_message },
    retryAt: row.retry_at?.toISOString() ?? null,
    reprintOf: row.reprint_of,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}
