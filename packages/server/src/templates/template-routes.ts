import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { addRoute, idParams } from '../http/route';
import { attachRenderer } from '../render/renderer';
import { descriptionField, folderField, nameField, printerLanguageField, tagsField } from './template-fields';
import { describeTemplate } from './template-row';
import { createTemplate, deleteTemplate, findOwnTemplate, listFoldersAndTags, listTemplates, updateTemplate } from './template-store';
import { loadThumbnail, scheduleThumbnail } from './template-thumbnails';
import { registerTemplateTransferRoutes } from './template-transfer-routes';
import { registerTemplateVersionRoutes } from './template-version-routes';

/** Largest template body: a document with a few embedded images fits. */
export const TEMPLATE_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** A label document as the body carries it; the engine checks the rest (422 with field paths). */
export const documentField = z.record(z.string(), z.unknown(), { error: 'document must be a label document (a JSON object)' });

const templateFields = {
  name: nameField.optional(),
  description: descriptionField.optional(),
  folder: folderField.optional(),
  tags: tagsField.optional(),
  printerLanguage: printerLanguageField.optional(),
};

const listQuery = z.strictObject({
  folder: folderField.optional(),
  tag: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/**
 * A user's label documents: create, read, update (a stale `version` is a 409), delete, duplicate,
 * folders and tags, thumbnails; version history and import/export register beside them.
 */
export function registerTemplateRoutes(app: FastifyInstance, ctx: AppContext): void {
  const renderer = attachRenderer(app);

  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates', tag: 'templates', access: 'user',
    summary: 'Your templates, most recently changed first (filter by folder or tag; limit up to 100, offset).',
    query: listQuery,
    handler: async ({ query, user }) => {
      const rows = await listTemplates(ctx.db, user!.id, query);
      return { templates: rows.map((r) => describeTemplate(r, user!.id)), nextOffset: rows.length === query.limit ? query.offset + query.limit : null };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/templates', tag: 'templates', access: 'user', bodyLimitBytes: TEMPLATE_BODY_LIMIT_BYTES,
    summary: 'Save a label document as a new private template (validated by the engine: 422 with field paths when it is not a label).',
    body: z.strictObject({ document: documentField, ...templateFields }),
    handler: async ({ body, user, reply }) => {
      const row = await createTemplate(ctx.db, user!.id, body, ctx.clock);
      scheduleThumbnail(ctx, renderer, row);
      reply.code(201);
      return { template: describeTemplate(row, user!.id) };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates/folders', tag: 'templates', access: 'user',
    summary: 'Your folders and tags, each with how many templates use it.',
    handler: async ({ user }) => listFoldersAndTags(ctx.db, user!.id),
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates/:id', tag: 'templates', access: 'user',
    summary: 'One of your templates with its document (shared ones of others: GET /api/gallery/:id).',
    params: idParams,
    handler: async ({ params, user }) => ({ template: describeTemplate(await findOwnTemplate(ctx.db, params.id, user!.id), user!.id) }),
  });

  addRoute(app, ctx, {
    method: 'PUT', url: '/api/templates/:id', tag: 'templates', access: 'user', bodyLimitBytes: TEMPLATE_BODY_LIMIT_BYTES,
    summary: 'Change your template; send the `version` you edited (409 when someone saved since). The previous state goes to its history.',
    params: idParams,
    body: z.strictObject({ version: z.number({ error: 'version is required: the version you edited' }).int().min(1), document: documentField.optional(), ...templateFields }),
    handler: async ({ params, body, user }) => {
      const { version, ...changes } = body;
      const row = await updateTemplate(ctx.db, params.id, user!.id, version, changes, ctx.clock);
      if (changes.document !== undefined) scheduleThumbnail(ctx, renderer, row);
      return { template: describeTemplate(row, user!.id) };
    },
  });

  addRoute(app, ctx, {
    method: 'DELETE', url: '/api/templates/:id', tag: 'templates', access: 'user',
    summary: 'Delete your template and its history.',
    params: idParams,
    handler: async ({ params, user }) => {
      if (!(await deleteTemplate(ctx.db, params.id, user!.id))) await findOwnTemplate(ctx.db, params.id, user!.id);
      return undefined;
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/templates/:id/duplicate', tag: 'templates', access: 'user',
    summary: 'Copy one of your templates into a new one (version 1, its own history); others\' shared templates are copied with POST /api/gallery/:id/fork.',
    params: idParams,
    body: z.strictObject({ name: nameField.optional(), folder: folderField.optional() }),
    handler: async ({ params, body, user, reply }) => {
      const source = await findOwnTemplate(ctx.db, params.id, user!.id);
      const row = await createTemplate(ctx.db, user!.id, {
        document: source.document, name: body.name ?? `${source.name.slice(0, 190)} (copy)`, description: source.description,
        folder: body.folder ?? source.folder, tags: source.tags, printerLanguage: source.printer_language,
      }, ctx.clock);
      scheduleThumbnail(ctx, renderer, row);
      reply.code(201);
      return { template: describeTemplate(row, user!.id) };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates/:id/thumbnail.png', tag: 'templates', access: 'public',
    summary: 'The template drawn by the engine as a small PNG (yours, or a shared one).',
    params: idParams,
    query: z.strictObject({ v: z.string().max(20).optional() }),
    handler: async ({ params, user, reply }) => {
      const png = await loadThumbnail(ctx, renderer, params.id, user?.id);
      reply.type('image/png');
      return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
    },
  });

  registerTemplateVersionRoutes(app, ctx, renderer);
  registerTemplateTransferRoutes(app, ctx, renderer);
}
