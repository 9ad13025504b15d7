import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { findReadableTemplate } from '../templates/template-store';
import { preflightPrintJob } from './preflight-print-job';
import { cancelUserPrintJob, describePrintJob, findUserPrintJob, findUserPrintJobContent, insertPrintJob, listUserPrintJobs } from './print-job-store';
import { parsePrinterUri, type PrinterAddress } from './printer-uri';

/** Data rows in one job, at most (a bigger file is several jobs). */
export const MAX_JOB_ROWS = 10_000;
/** Up to 10,000 rows of data, or a document with embedded images: above the app's 1 MiB default. */
const JOB_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

const rowField = z.record(z.string().max(64, { error: 'a column name has at most 64 characters' }), z.string({ error: 'a cell is text' }).max(4096, { error: 'a cell has at most 4096 characters' }))
  .refine((row) => Object.keys(row).length <= 200, { error: 'a row has at most 200 columns' });
const copiesField = z.number({ error: 'copies is a whole number from 1 to 1000' }).int().min(1).max(1000);
const printerField = z.string({ error: 'printer is required, e.g. tcp://192.0.2.7:9100' }).max(300);
const profileField = z.string({ error: 'profile is required (a printer profile id, e.g. generic-tspl-203)' }).min(1).max(100);

const createBody = z.strictObject({
  /** The label document to print; or `templateId` to print a saved template. */
  document: z.unknown().optional(),
  templateId: z.string().uuid({ error: 'not a template id' }).optional(),
  rows: z.array(rowField).min(1, { error: 'give at least one row, or leave rows out to print the label without data' }).max(MAX_JOB_ROWS, { error: `at most ${MAX_JOB_ROWS} rows per job` }).optional(),
  copies: copiesField.default(1),
  printer: printerField,
  profile: profileField,
  /** The user's offset from UTC, for date variables (minutes, +60 = CET). */
  tzOffsetMinutes: z.number().int().min(-840).max(840).default(0),
});
const reprintBody = z.strictObject({ printer: printerField.optional(), profile: profileField.optional(), copies: copiesField.optional() });
const listQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50), before: z.string().uuid({ error: 'not a job id' }).optional() });

/**
 * Print jobs: queued in the database after a preflight, sent by the print worker (print-worker.ts)
 * to the network printer the user named, with history and reprint. A user sees only their own jobs.
 *
 * Egress: the server connects only to the printer address the user gave, and only over raw TCP.
 * That still lets a user make the server open connections inside its network (SSRF); a deployment
 * that cares restricts printer networks with the worker's `isPrinterAllowed` hook.
 */
export function registerPrintJobRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/print-jobs', tag: 'printing', access: 'user', bodyLimitBytes: JOB_BODY_LIMIT_BYTES,
    summary: 'Queue a print job (a document or one of your templates, optional data rows, copies, a tcp:// printer and a printer profile) after checking every row.',
    body: createBody,
    handler: async ({ body, user, reply }) => {
      if ((body.document === undefined) === (body.templateId === undefined)) {
        throw new ApiError('INKLESS_API_BAD_REQUEST', 'give either document (a label document) or templateId (one of your templates), not both or neither', { path: body.document === undefined ? 'document' : 'templateId' });
      }
      const printer = readPrinter(body.printer);
      // A template the user may read: their own, or one shared in the gallery or by link (else 404).
      const document = body.document ?? (await findReadableTemplate(ctx.db, body.templateId!, user!.id)).document;
      const job = await queueJob(ctx, {
        userId: user!.id, templateId: body.templateId ?? null, document, rows: body.rows ?? [], printer, profile: body.profile,
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
      return { jobs: rows.map(describePrintJob), next: rows.length === query.limit ? rows[rows.length - 1]!.id : null };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/print-jobs/:id', tag: 'printing', access: 'user',
    summary: 'One of your print jobs: status, labels confirmed so far, the error when it failed.',
    params: idParams,
    handler: async ({ params, user }) => ({ job: describePrintJob(await findOwnJob(ctx.db, user!.id, params.id)) }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/print-jobs/:id/cancel', tag: 'printing', access: 'user',
    summary: 'Cancel a queued job, or stop one being sent after the label in progress.',
    params: idParams,
    handler: async ({ params, user }) => {
      const canceled = await cancelUserPrintJob(ctx.db, user!.id, params.id, ctx.clock());
      if (canceled) return { job: describePrintJob(canceled) };
      const job = await findOwnJob(ctx.db, user!.id, params.id);
      throw new ApiError('INKLESS_API_CONFLICT', `this job is ${job.status} already; only queued or sending jobs can be canceled`);
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/print-jobs/:id/reprint', tag: 'printing', access: 'user',
    summary: 'Print a job of your history again: a new job with the same document and rows (printer, profile and copies may change).',
    params: idParams,
    body: reprintBody,
    handler: async ({ params, body, user, reply }) => {
      const old = await findUserPrintJobContent(ctx.db, user!.id, params.id);
      if (!old) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such print job');
      const job = await queueJob(ctx, {
        userId: user!.id, templateId: old.template_id, document: old.document, rows: old.rows, printer: readPrinter(body.printer ?? old.printer_uri),
        profile: body.profile ?? old.profile, copies: body.copies ?? old.copies, tzOffsetMinutes: old.tz_offset_minutes, reprintOf: params.id,
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
  readonly printer: PrinterAddress;
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
  const row = await insertPrintJob(ctx.db, {
    userId: request.userId, templateId: request.templateId, document: checked.document, rows: request.rows, printerUri: request.printer.uri,
    profile: checked.profile.id, copies: request.copies, tzOffsetMinutes: request.tzOffsetMinutes, totalLabels: checked.totalLabels,
    reprintOf: request.reprintOf, createdAt,
  });
  return describePrintJob(row);
}

function readPrinter(text: string): PrinterAddress {
  const parsed = parsePrinterUri(text);
  if (!parsed.ok) throw new ApiError('INKLESS_API_BAD_REQUEST', `printer: ${parsed.reason}`, { path: 'printer' });
  return parsed.value;
}

async function findOwnJob(db: Queryable, userId: string, id: string) {
  const job = await findUserPrintJob(db, userId, id);
  if (!job) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such print job');
  return job;
}
