import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { assertPolicyAccepted, hasConsent } from './consent-state';
import { deleteRecentViews, listRecentViews, recordRecentView } from './recent-views';

/** "Recently viewed": kept only with the preferences consent, paused by a major policy change until accepted. */
export function registerRecentRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/recent', tag: 'privacy', access: 'user',
    summary: 'Remember that you opened a template; does nothing (recorded: false) without the preferences consent.',
    body: z.strictObject({ templateId: z.string().uuid({ error: 'a template id' }) }),
    handler: async ({ user, body }) => {
      const now = ctx.clock();
      await assertPolicyAccepted(ctx.db, user!.id, now);
      if (!(await hasConsent(ctx.db, user!.id, 'preferences', now))) return { recorded: false, reason: 'preferences are off: nothing is recorded' };
      if (!(await recordRecentView(ctx.db, user!.id, body.templateId, now))) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such template', { path: 'templateId' });
      return { recorded: true };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/me/recent', tag: 'privacy', access: 'user',
    summary: 'Your recently viewed templates, newest first (empty, with recording: false, without the preferences consent).',
    handler: async ({ user }) => {
      const now = ctx.clock();
      await assertPolicyAccepted(ctx.db, user!.id, now);
      if (!(await hasConsent(ctx.db, user!.id, 'preferences', now))) return { recording: false, templates: [] };
      return { recording: true, templates: await listRecentViews(ctx.db, user!.id) };
    },
  });

  addRoute(app, ctx, {
    method: 'DELETE', url: '/api/me/recent', tag: 'privacy', access: 'user',
    summary: 'Forget your recently viewed templates.',
    handler: async ({ user }) => {
      await deleteRecentViews(ctx.db, user!.id);
      return undefined;
    },
  });
}
