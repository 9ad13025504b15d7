import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { findReadableTemplate } from '../templates/template-store';
import { importPrintFields, printImportedFile, refuseFileOptionsWithoutFile } from '../import/print-imported-file';
import { preflightPrintJob } from './preflight-print-job';
import type { ConfiguredPrinter } from './configured-printers';
import { describePrinter, findPrinter, pickProfile } from './configured-printer-choice';
import { jobRowsField } from './job-rows-field';
import { MAX_ACTIVE_JOBS_PER_USER } from './print-queue-limits';
import {
  cancelUserPrintJob, describePrintJob, findUserPrintJob, findUserPrintJobContent, insertPrintJobWithinLimit, listUserPrintJobs, type PrintJobSummaryRow,
} from './print-job-store';

/** Up to 10,000 rows of data, or a document with embedded images: above the app's 1 MiB default. */
const JOB_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

const copiesField = z.number({ error: 'copies is a whole number from 1 to 1000' }).int().min(1).max(1000);
const printerIdField = z.string({ error: 'printerId is required: the id of one of the server\'s printers (GET /api/printers lists them)' }).min(1).max(64);
/** The old field: an address typed by the user, which the server no longer connects to (decision 008). */
const noAddressField = z.never({ error: 'the server prints only to the printers its administrator set up: give printerId (GET /api/printers lists them), not an address' }).optional();
const profileField = z.string({ error: 'profile is a printer profile id, e.g. generic-tspl-203' }).min(1).max(100);

const createBody = z.strictObject({
  /** The label document to print; or `templateId` to print a saved template; or `file` to print a PDF, picture or ZPL file. */
  document: z.unknown().optional(),
  templateId: z.string().uuid({ error: 'not a template id' }).optional(),
  rows: jobRowsField(),
  copies: copiesField.default(1),
  printer: noAddressField,
  printerId: printerIdField,
  /** Another profile of the printer's language (a different model of the same kind); default the printer's own. */
  profile: profileField.optional(),
  /** The user's offset from UTC, for date variables (minutes, +60 = CET). */
  tzOffsetMinutes: z.number().int().min(-840).max(840).default(0),
  /** `file` and how its pages become labels (stock size, pages, region, rotate, fit, zplDpi, force): see src/import/. */
  ...importPrintFields,
});
const reprintBody = z.strictObject({ printer: noAddressField, printerId: printerIdField.optional(), profile: profileField.optional(), copies: copiesField.optional() });
const listQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50), before: z.string().uuid({ error: 'not a job id' }).optional() });

/**
 * Print jobs: queued in the database after a preflight, sent by the print worker (print-worker.ts)
 * to one of the printers the administrator set up, with history and reprint. A user sees only
 * their own jobs.
 *
 * Egress (decision 008): users name a configured printer by id, never an address, so no request
 * makes the server connect anywhere its administrator did not write down.
 */
export function registerPrintJobRoutes(app: FastifyInstance, ctx: AppContext): void {
  const describe = (row: PrintJobSummaryRow) => describePrintJob(row, ctx.printers);

  addRoute(app, ctx, {
    method: 'GET', url: '/api/printers', tag: 'printing', access: 'user',
    summary: 'The printers this server prints to, as its administrator set them up: id (for print jobs), name, profile and when a label counts as printed.',
    handler: async () => ({ printers: ctx.printers.map(describePrinter) }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/print-jobs', tag: 'printing', access: 'user', bodyLimitBytes: JOB_BODY_LIMIT_BYTES,
    summary: 'Queue a print job (a document or one of your templates, optional data rows, copies, and one of the server\'s printers by id) after checking every row; or a PDF, picture or ZPL `file`, a job per label in page order, refused when a barcode would not scan unless `force`.',
    body: createBody,
    handler: async ({ body, user, reply }) => {
      if (body.file !== undefined) {
        const printed = await printImportedFile(app, ctx, user!.id, { ...body, file: body.file });
        reply.code(201);
        return printed;
      }
      refuseFileOptionsWithoutFile(body);
      if ((body.document === undefined) === (body.templateId === undefined)) {
        throw new ApiError('INKLESS_API_BAD_REQUEST', 'give either document (a label document) or templateId (one of your templates), not both or neither', { path: body.document === undefined ? 'document' : 'templateId' });
      }
      const printer = findPrinter(ctx, body.printerId);
      // A template the user may read: their own, or one shared in the gallery or by link (else 404).
      const document = body.document ?? (await findReadableTemplate(ctx.db, body.templateId!, user!.id)).document;
      const job = await queueJob(ctx, {
        userId: user!.id, templateId: body.templateId ?? null, document, rows: body.rows ?? [], printer, profile: pickProfile(printer, body.profile),
        copies: body.copies, tzOffsetMinutes: body.tzOffsetMinutes, reprintOf: null,
      });
      reply.code(201);
      return { job };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/print-jobs', tag: 'printing', access: 'user',
    summary: 'Your print jobs, newest first, with status, label counts, printer and times; `before` (a job id) pages on.',
    query: listQuery,
    handler: async ({ query, user }) => {
      const rows = await listUserPrintJobs(ctx.db, user!.id, { limit: query.limit, ...(query.before === undefined ? {} : { before: query.before }) });
      return { jobs: rows.map(describe), next: rows.length === query.limit ? rows[rows.length - 1]!.id : null };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/print-jobs/:id', tag: 'printing', access: 'user',
    summary: 'One of your print jobs: status, labels confirmed so far, the error when it failed.',
    params: idParams,
    handler: async ({ params, user }) => ({ job: describe(await findOwnJob(ctx.db, user!.id, params.id)) }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/print-jobs/:id/cancel', tag: 'printing', access: 'user',
    summary: 'Cancel a queued job, or stop one being sent after the label in progress.',
    params: idParams,
    handler: async ({ params, user }) => {
      const canceled = await cancelUserPrintJob(ctx.db, user!.id, params.id, ctx.clock());
      if (canceled) return { job: describe(canceled) };
      const job = await findOwnJob(ctx.db, user!.id, params.id);
      throw new ApiError('INKLESS_API_CONFLICT', `this job is ${job.status} already; only queued or sending jobs can be canceled`);
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/print-jobs/:id/reprint', tag: 'printing', access: 'user',
    summary: 'Print a job of your history again: a new job with the same document and rows (printerId, profile and copies may change).',
    params: idParams,
    body: reprintBody,
    handler: async ({ params, body, user, reply }) => {
      const old = await findUserPrintJobContent(ctx.db, user!.id, params.id);
      if (!old) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such print job');
      const printerId = body.printerId ?? old.printer_id;
      if (printerId === null) throw new ApiError('INKLESS_PRINT_PRINTER_UNKNOWN', 'this job was sent to an address, which the server no longer prints to: give printerId (GET /api/printers lists the printers)', { path: 'printerId' });
      const printer = findPrinter(ctx, printerId);
      // A new printer brings its own profile unless one is asked for; the same printer keeps the job's.
      const profile = body.profile ?? (body.printerId === undefined ? old.profile : undefined);
      const job = await queueJob(ctx, {
        userId: user!.id, templateId: old.template_id, document: old.document, rows: old.rows, printer,
        profile: pickProfile(printer, profile), copies: body.copies ?? old.copies, tzOffsetMinutes: old.tz_offset_minutes, reprintOf: params.id,
      });
      reply.code(201);
      return { job };
    },
  });
}

interface JobRequest {
  readonly userId: string;
  readonly templateId: string | null;
  readonly document: unknown;
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly printer: ConfiguredPrinter;
  readonly profile: string;
  readonly copies: number;
  readonly tzOffsetMinutes: number;
  readonly reprintOf: string | null;
}

/** Preflights and queues; dates on the labels are the job's creation time. */
async function queueJob(ctx: AppContext, request: JobRequest): Promise<Record<string, unknown>> {
  const createdAt = ctx.clock();
  const checked = preflightPrintJob({
    document: request.document, profileId: request.profile, rows: request.rows, copies: request.copies,
    nowMs: createdAt.getTime(), tzOffsetMinutes: request.tzOffsetMinutes,
  });
  const row = await insertPrintJobWithinLimit(ctx.db, {
    userId: request.userId, templateId: request.templateId, document: checked.document, rows: request.rows, printerId: request.printer.id,
    profile: checked.profile.id, copies: request.copies, tzOffsetMinutes: request.tzOffsetMinutes, totalLabels: checked.totalLabels,
    reprintOf: request.reprintOf, createdAt,
  }, MAX_ACTIVE_JOBS_PER_USER);
  if (!row) {
    throw new ApiError('INKLESS_PRINT_QUEUE_FULL', `you have ${MAX_ACTIVE_JOBS_PER_USER} print jobs queued or printing, the most one account may have at once; wait for some to finish or cancel some, then send this one again`, { retryAfterSeconds: 30 });
  }
  return describePrintJob(row, ctx.printers);
}

async function findOwnJob(db: Queryable, userId: string, id: string) {
  const job = await findUserPrintJob(db, userId, id);
  if (!job) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such print job');
  return job;
}
