import { findProfile } from '@inkless/printers';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { findPrinter, pickProfile } from '../printing/configured-printer-choice';
import { attachRenderer } from '../render/renderer';
import { importFile, type ImportRequest } from './import-file';
import { importFileField, importOptionFields, stockDots } from './import-options';
import type { ImportedLabel } from './import-types';
import { queueImportedLabels } from './queue-imported-labels';

/** The fields a print job takes to print a file instead of a document (all optional in the job's body). */
export const importPrintFields = {
  /** A PDF, picture or ZPL file, `{ name, base64 }`, instead of `document` or `templateId`. */
  file: importFileField.optional(),
  ...importOptionFields,
  /** Queue the labels even when a barcode check failed (the check is still answered). */
  force: z.boolean({ error: 'force is true or false' }).optional(),
};

/** What a print job of a file answers: its jobs (one per label, in page order) and what was made of each page. */
export interface PrintFileResponse {
  readonly jobs: readonly Record<string, unknown>[];
  readonly labels: readonly Omit<ImportedLabel, 'document'>[];
}

interface PrintFileBody extends ImportRequest {
  readonly document?: unknown;
  readonly templateId?: string | undefined;
  readonly rows?: readonly unknown[] | undefined;
  readonly printerId: string;
  readonly profile?: string | undefined;
  readonly copies: number;
  readonly tzOffsetMinutes: number;
  readonly force?: boolean | undefined;
}

/** Options that only make sense with a file: named in the 400 when a job sends them with a document. */
const FILE_ONLY = ['stock', 'pages', 'region', 'rotate', 'fit', 'zplDpi', 'force'] as const;

/** A 400 for file options sent without a file. */
export function refuseFileOptionsWithoutFile(body: Partial<Record<(typeof FILE_ONLY)[number], unknown>>): void {
  const stray = FILE_ONLY.find((field) => body[field] !== undefined);
  if (stray) throw new ApiError('INKLESS_API_BAD_REQUEST', `${stray}: this option is for printing a file ("file"); a label document prints as it is designed`, { path: stray });
}

/**
 * `POST /api/print-jobs` with `file`: the file is imported in the render pool at the printer
 * profile's dpi onto the stock (4 x 6 in unless `stock` gives a size), refused when a barcode
 * would not scan unless `force`, then queued as one job per label in page order.
 */
export async function printImportedFile(app: FastifyInstance, ctx: AppContext, userId: string, body: PrintFileBody): Promise<PrintFileResponse> {
  if (body.document !== undefined || body.templateId !== undefined) {
    throw new ApiError('INKLESS_API_BAD_REQUEST', 'give one of file, document and templateId', { path: body.document !== undefined ? 'document' : 'templateId' });
  }
  if (body.rows !== undefined) throw new ApiError('INKLESS_API_BAD_REQUEST', 'rows: a file prints as it is; rows fill the fields of a label document', { path: 'rows' });
  for (const field of ['profile', 'dpi'] as const) {
    if (body.stock?.[field] !== undefined) throw new ApiError('INKLESS_API_BAD_REQUEST', `stock.${field}: the printer's profile sets the dpi of a print job; give "profile" (top level) for another model, and stock.widthMm / stock.heightMm for the label size`, { path: `stock.${field}` });
  }
  const printer = findPrinter(ctx, body.printerId);
  const profileId = pickProfile(printer, body.profile);
  const profile = findProfile(profileId);
  if (!profile) throw new ApiError('INKLESS_API_BAD_REQUEST', `profile: no printer profile "${profileId.slice(0, 100)}"`, { path: 'profile' });
  const imported = await importFile(attachRenderer(app), body, stockDots(body.stock, profile.dpi), { exactDots: true });
  if (imported.labels.length === 0) {
    throw new ApiError('INKLESS_API_FILE_REFUSED', `"${body.file.name.slice(0, 80)}" holds no label to print${imported.notices.length > 0 ? `: ${imported.notices[0]!.message}` : ''}`, { path: 'file' });
  }
  const failed = imported.labels.find((label) => label.barcodeProblem !== null);
  if (failed && body.force !== true) {
    throw new ApiError('INKLESS_PRINT_BARCODE_CHECK', `nothing was queued: ${failed.barcodeProblem}`, { path: 'file' });
  }
  const jobs = await queueImportedLabels(ctx, { userId, printer, profile, labels: imported.labels, copies: body.copies, tzOffsetMinutes: body.tzOffsetMinutes });
  return { jobs, labels: imported.labels.map(({ document: _document, ...rest }) => rest) };
}
