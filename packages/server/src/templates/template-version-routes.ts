import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { addRoute, idParams } from '../http/route';
import type { Renderer } from '../render/renderer';
import { describeTemplate } from './template-row';
import { scheduleThumbnail } from './template-thumbnails';
import { describeVersion, findTemplateVersion, listTemplateVersions, restoreTemplateVersion } from './template-versions';

/** `/:id/versions/:version`: a version number that is not a whole number is simply not found. */
const versionParams = idParams.extend({ version: z.coerce.number({ error: 'not found' }).int().min(1).max(2_147_483_647) });

/** A template's history: every save keeps the state before it; a restore is a new save. */
export function registerTemplateVersionRoutes(app: FastifyInstance, ctx: AppContext, renderer: Renderer): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates/:id/versions', tag: 'templates', access: 'user',
    summary: 'The earlier versions of your template, newest first (without documents).',
    params: idParams,
    handler: async ({ params, user }) => {
      const { current, versions } = await listTemplateVersions(ctx.db, params.id, user!.id);
      return { current, versions: versions.map(describeVersion) };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/templates/:id/versions/:version', tag: 'templates', access: 'user',
    summary: 'One earlier version of your template, with its document.',
    params: versionParams,
    handler: async ({ params, user }) => ({ version: describeVersion(await findTemplateVersion(ctx.db, params.id, user!.id, params.version)) }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/templates/:id/versions/:version/restore', tag: 'templates', access: 'user',
    summary: 'Bring back an earlier version as a new version (send `currentVersion`, the version you saw, to get a 409 if someone saved since).',
    params: versionParams,
    body: z.strictObject({ currentVersion: z.number().int().min(1).optional() }),
    handler: async ({ params, body, user }) => {
      const row = await restoreTemplateVersion(ctx.db, params.id, user!.id, params.version, body.currentVersion, ctx.clock);
      scheduleThumbnail(ctx, renderer, row);
      return { template: describeTemplate(row, user!.id) };
    },
  });
}
