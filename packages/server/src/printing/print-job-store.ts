import type { LabelDocument } from '@inkless/label';
import type { Queryable } from '../db/database';

export type PrintJobStatus = 'queued' | 'sending' | 'done' | 'failed' | 'canceled';

/** A print_jobs row without its document and rows (history, status). */
export interface PrintJobSummaryRow {
  readonly id: string;
  readonly template_id: string | null;
  readonly printer_uri: string;
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
  readonly printer_uri: string;
  readonly profile: string;
  readonly copies: number;
  readonly tz_offset_minutes: number;
}

export interface NewPrintJob {
  readonly userId: string;
  readonly templateId: string | null;
  readonly document: LabelDocument;
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly printerUri: string;
  readonly profile: string;
  readonly copies: number;
  readonly tzOffsetMinutes: number;
  readonly totalLabels: number;
  readonly reprintOf: string | null;
  readonly createdAt: Date;
}

const SUMMARY_COLUMNS = `id, template_id, printer_uri, profile, copies, status, total_labels, sent_labels, jsonb_array_length(rows) AS row_count,
  error_code, error_message, attempts, retry_at, reprint_of, created_at, started_at, finished_at`;

/** Queues a job. JSON goes in as text and is cast, so both drivers store arrays as JSON arrays. */
export async function insertPrintJob(db: Queryable, job: NewPrintJob): Promise<PrintJobSummaryRow> {
  const rows = await db.query<PrintJobSummaryRow>(
    `INSERT INTO print_jobs (user_id, template_id, document, rows, printer_uri, profile, copies, tz_offset_minutes, total_labels, reprint_of, created_at)
     VALUES ($1, $2, $3::text::jsonb, $4::text::jsonb, $5, $6, $7, $8, $9, $10, $11) RETURNING ${SUMMARY_COLUMNS}`,
    [job.userId, job.templateId, JSON.stringify(job.document), JSON.stringify(job.rows), job.printerUri, job.profile, job.copies, job.tzOffsetMinutes, job.totalLabels, job.reprintOf, job.createdAt],
  );
  return rows[0]!;
}

/** One of the user's jobs; undefined when there is none or it is someone else's (the same to the caller). */
export async function findUserPrintJob(db: Queryable, userId: string, id: string): Promise<PrintJobSummaryRow | undefined> {
  return (await db.query<PrintJobSummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM print_jobs WHERE id = $1 AND user_id = $2`, [id, userId]))[0];
}

export async function findUserPrintJobContent(db: Queryable, userId: string, id: string): Promise<PrintJobContentRow | undefined> {
  return (await db.query<PrintJobContentRow>('SELECT template_id, document, rows, printer_uri, profile, copies, tz_offset_minutes FROM print_jobs WHERE id = $1 AND user_id = $2', [id, userId]))[0];
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

/** A job as the API shows it to its owner. */
export function describePrintJob(row: PrintJobSummaryRow): Record<string, unknown> {
  return {
    id: row.id,
    status: row.status,
    printer: row.printer_uri,
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
