import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { readPendingDeletion } from '../privacy/account-deletion';
import { licenses, notFound, visibilities, type License, type Visibility } from './gallery-template';

/** A licence is what lets others use a published template, so one is required unless private. */
const publishBody = z
  .strictObject({
    visibility: z.enum(visibilities, { error: 'visibility must be private, unlisted or public' }),
    license: z.enum(licenses, { error: 'license must be CC0-1.0 or CC-BY-4.0' }).optional(),
  })
  .superRefine((value, check) => {
    if (value.visibility !== 'private' && value.license === undefined) {
      check.addIssue({ code: 'custom', path: ['license'], message: 'choose a licence to publish: CC0-1.0 (no rights kept) or CC-BY-4.0 (credit required)' });
    }
  });

/** `POST /api/templates/:id/publish`: the owner makes a template private, unlisted or public. */
export function registerPublishRoute(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/templates/:id/publish', tag: 'gallery', access: 'user',
    summary: 'Publish your template: public (in the gallery), unlisted (by link only) or private again; a licence (CC0-1.0 or CC-BY-4.0) unless private.',
    params: idParams,
    body: publishBody,
    handler: async ({ params, body, user }) => {
      // The user was told their published templates are gone until the deletion: nothing new goes up meanwhile.
      if (body.visibility !== 'private' && (await readPendingDeletion(ctx.db, user!.id))?.publishedTemplates === 'remove') {
        throw new ApiError('INKLESS_API_CONFLICT', 'your account is due for deletion with your published templates removed; cancel the deletion (POST /api/me/deletion/cancel) to publish again', { path: 'visibility' });
      }
      // published_at: when it last became visible (newest first); kept when only the licence changes.
      const rows = await ctx.db.query<{ id: string; visibility: Visibility; license: License | null; published_at: Date | null; hidden_at: Date | null; hidden_reason: string | null }>(
        `UPDATE templates t SET visibility = $3, license = COALESCE($4, t.license),
           published_at = CASE WHEN $3 = 'private' THEN NULL WHEN t.visibility = $3 THEN t.published_at ELSE $5::timestamptz END
         WHERE t.id = $1 AND t.owner_id = $2
         RETURNING t.id, t.visibility, t.license, t.published_at, t.hidden_at, t.hidden_reason`,
        [params.id, user!.id, body.visibility, body.license ?? null, ctx.clock()],
      );
      const row = rows[0];
      if (!row) throw notFound();
      // Wire format: { template: { id, visibility, license, publishedAt, hidden: null | { at, reason } } }
      return {
        template: {
          id: row.id,
          visibility: row.visibility,
          license: row.license,
          publishedAt: row.published_at,
          hidden: row.hidden_at ? { at: row.hidden_at, reason: row.hidden_reason } : null,
        },
      };
    },
  });
}
