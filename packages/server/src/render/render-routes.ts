import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { countHit } from '../auth/rate-limit';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { findReadableTemplate } from '../templates/template-store';
import { outputFormats, RENDER_FORMATS } from './render-formats';
import { attachRenderer } from './renderer';

/** Largest render request: a document with a few embedded images fits; a flood does not. */
export const RENDER_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** Columns of one data row. */
const MAX_ROW_COLUMNS = 500;

const cell = z.union([z.string().max(10_000), z.number().finite(), z.boolean()], { error: 'a cell is text, a number or true/false' }).transform(String);

const renderBody = z.strictObject({
  /** A label document (any schemaVersion the engine migrates). */
  document: z.unknown().optional(),
  /** Instead of `document`: one of your templates, or a shared one. */
  templateId: z.string().uuid({ error: 'templateId must be a template id' }).optional(),
  /** The data row merged into `{{fields}}`. */
  row: z.record(z.string().max(200), cell)
    .refine((row) => Object.keys(row).length <= MAX_ROW_COLUMNS, { error: `a row has at most ${MAX_ROW_COLUMNS} columns` })
    .optional(),
  format: z.enum(RENDER_FORMATS, { error: `format must be one of ${RENDER_FORMATS.join(', ')}` }),
  /** Printer profile id for printer languages (default: a generic printer of the language at the label's dpi). */
  profile: z.string().min(1).max(100).optional(),
});

/**
 * `POST /api/render`: a label document (plus an optional data row) to PNG, PDF or printer-language
 * bytes, rendered in a worker thread under a time limit. Public like the studio: no account is
 * needed to see a label, but renders are counted per address.
 */
export function registerRenderRoutes(app: FastifyInstance, ctx: AppContext): void {
  const renderer = attachRenderer(app);
  addRoute(app, ctx, {
    method: 'POST', url: '/api/render', tag: 'render', access: 'public', bodyLimitBytes: RENDER_BODY_LIMIT_BYTES,
    summary: 'Render a label (document or templateId, optional data row) to png, pdf, tspl, zpl, escpos or cpcl bytes.',
    body: renderBody,
    handler: async ({ body, user, request, reply }) => {
      await countHit(ctx.db, ctx.limits.renderPerIp, request.ip, ctx.clock);
      if ((body.document === undefined) === (body.templateId === undefined)) {
        throw new ApiError('INKLESS_API_BAD_REQUEST', 'send either "document" (a label document) or "templateId", not both or neither', { path: 'document' });
      }
      const format = outputFormats[body.format];
      if (body.profile !== undefined && !format.takesProfile) {
        throw new ApiError('INKLESS_API_BAD_REQUEST', `"profile" is for printer languages; ${body.format} does not take one`, { path: 'profile' });
      }
      const document = body.templateId !== undefined ? (await findReadableTemplate(ctx.db, body.templateId, user?.id)).document : body.document;
      const result = await renderer.render({
        kind: 'label', document, format: body.format, nowMs: ctx.clock().getTime(),
        ...(body.row ? { row: body.row } : {}), ...(body.profile !== undefined ? { profileId: body.profile } : {}),
      });
      // The response is the format's bytes as they are (image/png, application/pdf, or the printer
      // language as application/octet-stream), named for saving.
      reply.type(result.contentType);
      reply.header('content-disposition', `inline; filename="label.${result.extension}"`);
      return Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
    },
  });
}
