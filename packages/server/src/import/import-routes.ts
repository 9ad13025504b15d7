import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { countHit } from '../auth/rate-limit';
import { addRoute } from '../http/route';
import { attachRenderer } from '../render/renderer';
import { importFile, resolveImportStock } from './import-file';
import { IMPORT_BODY_LIMIT_BYTES, importFileField, importOptionFields } from './import-options';
import type { ImportResponse } from './import-types';

const importBody = z.strictObject({
  /** The PDF, picture or ZPL file: `{ name, base64 }`. */
  file: importFileField,
  ...importOptionFields,
});

/** The body of `POST /api/import`, for clients (the studio). */
export type ImportRequestBody = z.input<typeof importBody>;

/**
 * `POST /api/import`: a PDF, picture or ZPL file to labels fitted to a stock, each with its
 * barcode check and a label document, made in a render worker under a time limit. Public like
 * `/api/render` (no account needed to see a label), and counted with it per address.
 */
export function registerImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const renderer = attachRenderer(app);
  addRoute(app, ctx, {
    method: 'POST', url: '/api/import', tag: 'render', access: 'public', bodyLimitBytes: IMPORT_BODY_LIMIT_BYTES,
    summary: 'Import a PDF, picture or ZPL file (JSON: file.name, file.base64; stock, pages, region, rotate, fit, zplDpi): its labels fitted to the stock, each with its barcode check and a label document.',
    body: importBody,
    handler: async ({ body, request }): Promise<ImportResponse> => {
      await countHit(ctx.db, ctx.limits.renderPerIp, request.ip, ctx.clock);
      return importFile(renderer, body, resolveImportStock(body.stock));
    },
  });
}
