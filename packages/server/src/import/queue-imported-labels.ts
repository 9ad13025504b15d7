import { validateDocument, type LabelDocument } from '@inkless/label';
import { checkLabelFitsProfile, type PrinterProfile } from '@inkless/printers';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { ConfiguredPrinter } from '../printing/configured-printers';
import { MAX_JOB_LABELS } from '../printing/preflight-print-job';
import { describePrintJob, insertPrintJob, type PrintJobSummaryRow } from '../printing/print-job-store';
import { MAX_ACTIVE_JOBS_PER_USER } from '../printing/print-queue-limits';
import type { ImportedLabel } from './import-types';

export interface ImportedJobsRequest {
  readonly userId: string;
  readonly printer: ConfiguredPrinter;
  readonly profile: PrinterProfile;
  /** In page order: job i+1 is queued after job i and prints after it. */
  readonly labels: readonly ImportedLabel[];
  /** Copies of each label (times a ZPL label's own ^PQ). */
  readonly copies: number;
  readonly tzOffsetMinutes: number;
}

/**
 * Queues an imported file as one print job per label, in page order, all or none: the user's
 * queue limit counts them together, under the same per-user lock as single jobs, so the file
 * never prints in part because the queue filled up halfway. Each job is a label document that
 * prints the label's exact dots, so the print worker prints it like any other job.
 */
export async function queueImportedLabels(ctx: AppContext, request: ImportedJobsRequest): Promise<Record<string, unknown>[]> {
  const documents = request.labels.map((label, i) => checkImportedLabel(label, i, request));
  const createdAt = ctx.clock();
  const rows = await ctx.db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('inkless-print-queue:' || $1))", [request.userId]);
    const [counted] = await tx.query<{ active: number }>("SELECT count(*)::int AS active FROM print_jobs WHERE user_id = $1 AND status IN ('queued', 'sending')", [request.userId]);
    if (counted!.active + documents.length > MAX_ACTIVE_JOBS_PER_USER) return undefined;
    const inserted: PrintJobSummaryRow[] = [];
    for (const { document, copies } of documents) {
      inserted.push(await insertPrintJob(tx, {
        userId: request.userId, templateId: null, document, rows: [], printerId: request.printer.id, profile: request.profile.id,
        copies, tzOffsetMinutes: request.tzOffsetMinutes, totalLabels: copies, reprintOf: null, createdAt,
      }));
    }
    return inserted;
  });
  if (!rows) {
    throw new ApiError('INKLESS_PRINT_QUEUE_FULL', `nothing was queued: the file's ${documents.length} label(s) are a print job each, and with the jobs you have queued or printing that is more than the ${MAX_ACTIVE_JOBS_PER_USER} one account may have at once; wait for some to finish, or print fewer pages ("pages")`, { retryAfterSeconds: 30 });
  }
  return rows.map((row) => describePrintJob(row, ctx.printers));
}

/** The label's document as stored (validated), refused when it does not fit the printer (dpi, head width, length). */
function checkImportedLabel(label: ImportedLabel, index: number, request: ImportedJobsRequest): { document: LabelDocument; copies: number } {
  const copies = label.copies * request.copies;
  if (copies > MAX_JOB_LABELS) {
    throw new ApiError('INKLESS_API_BAD_REQUEST', `copies: label ${index + 1} asks for ${label.copies} copies (^PQ) times ${request.copies}, over the ${MAX_JOB_LABELS} a job may print`, { path: 'copies' });
  }
  const checked = validateDocument(label.document);
  // The server made this document itself; a failure here is a bug, not the user's.
  if (!checked.ok) throw new Error(`an imported label does not validate: ${checked.issues[0]?.message}`);
  const misfit = checkLabelFitsProfile(checked.value.label, request.profile);
  if (misfit.length > 0) {
    const where = `page ${label.pageNumber}`;
    throw new ApiError('INKLESS_PRINT_PREFLIGHT', `nothing was queued: the label from ${where} does not fit ${request.profile.name} (profile ${request.profile.id}): ${misfit[0]!.message}`, {
      path: 'file', issues: misfit.map((i) => ({ ...i, path: `labels[${index}].document.${i.path}` })),
    });
  }
  return { document: checked.value, copies };
}
