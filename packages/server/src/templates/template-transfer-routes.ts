import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { addRoute, idParams } from '../http/route';
import type { Renderer } from '../render/renderer';
import { checkTemplateDocument } from './template-document';
import { describeTemplate } from './template-row';
import { createTemplate, findOwnTemplate } from './template-store';
import { scheduleThumbnail } from './template-thumbnails';
import { exportEntry, exportFileName, exportFileSchema, exportHeader, streamExportFile } from './template-transfer';

/** Largest import file: many templates, some with images. */
export const IMPORT_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/** Templates as JSON files: export one or all of yours, import a file as new private templates. */
export function registerTemplateTransferRoutes(app: FastifyInstance, ctx: AppContext, renderer: Renderer): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates/export', tag: 'templates', access: 'user',
    summary: 'All your templates as one JSON file to download (import it with POST /api/templates/import).',
    handler: async ({ user, reply }) => {
      reply.type('application/json; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="inkless-templates.json"');
      return Readable.from(streamExportFile(ctx.db, user!.id, ctx.clock()));
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates/:id/export', tag: 'templates', access: 'user',
    summary: 'One of your templates as a JSON file to download.',
    params: idParams,
    handler: async ({ params, user, reply }) => {
      const row = await findOwnTemplate(ctx.db, params.id, user!.id);
      reply.type('application/json; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${exportFileName(row.name)}"`);
      return `${exportHeader(ctx.clock())}${JSON.stringify(exportEntry(row))}]}`;
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/templates/import', tag: 'templates', access: 'user', bodyLimitBytes: IMPORT_BODY_LIMIT_BYTES,
    summary: 'Import an export file: each template becomes a new private template of yours (all or none; 422 names the template and field).',
    body: exportFileSchema,
    handler: async ({ body, user, reply }) => {
      // Every document is checked before anything is stored, so a bad file stores nothing.
      body.templates.forEach((entry, i) => checkTemplateDocument(entry.document, `templates[${i}].document`));
      const rows = await ctx.db.transaction(async (tx) => {
        const made = [];
        for (const entry of body.templates) made.push(await createTemplate(tx, user!.id, entry, ctx.clock));
        return made;
      });
      for (const row of rows) scheduleThumbnail(ctx, renderer, row);
      reply.code(201);
      return { templates: rows.map((r) => describeTemplate({ ...r, document: undefined }, user!.id)) };
    },
  });
}
