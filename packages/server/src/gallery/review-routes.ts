import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { averageRating, requirePublicTemplate } from './gallery-template';
import { describeReview } from './list-reviews';
import { textField } from './text-field';

const reviewBody = z.strictObject({
  rating: z.number({ error: 'rating must be a whole number from 1 to 5' }).int({ error: 'rating must be a whole number from 1 to 5' }).min(1, { error: 'rating must be at least 1' }).max(5, { error: 'rating must be at most 5' }),
  body: textField('body', { max: 4000 }).default(''),
});

/**
 * Rating and reviewing gallery templates: one review per user and template (sending again changes
 * it), never of your own. templates.rating_sum/rating_count follow by trigger (003-gallery.sql) in
 * the same transaction, so parallel reviews cannot lose a rating.
 */
export function registerReviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/gallery/:id/reviews', tag: 'gallery', access: 'user',
    summary: 'Rate a public or unlisted template 1-5 with an optional review; sending again replaces your review (201 new, 200 changed).',
    params: idParams,
    body: reviewBody,
    handler: async ({ params, body, user, reply }) => {
      const result = await ctx.db.transaction(async (tx) => {
        const template = await requirePublicTemplate(tx, params.id);
        if (template.owner_id === user!.id) throw new ApiError('INKLESS_GALLERY_OWN_TEMPLATE', 'you cannot review your own template');
        const [review] = await tx.query<{ user_id: string; rating: number; body: string; created_at: Date; updated_at: Date; inserted: boolean }>(
          `INSERT INTO reviews (template_id, user_id, rating, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
           ON CONFLICT (template_id, user_id) DO UPDATE SET rating = EXCLUDED.rating, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
           RETURNING user_id, rating, body, created_at, updated_at, (xmax = 0) AS inserted`,
          [template.id, user!.id, body.rating, body.body, ctx.clock()],
        );
        const [totals] = await tx.query<{ rating_sum: number; rating_count: number }>('SELECT rating_sum, rating_count FROM templates WHERE id = $1', [template.id]);
        return { review: review!, totals: totals!, templateId: template.id };
      });
      if (result.review.inserted) reply.code(201);
      // Wire format: { review: { reviewer, rating, body, createdAt, updatedAt, mine }, template: { id, averageRating, ratingCount } }
      return {
        review: describeReview({ ...result.review, display_name: user!.displayName }, user!.id),
        template: { id: result.templateId, averageRating: averageRating(result.totals.rating_sum, result.totals.rating_count), ratingCount: result.totals.rating_count },
      };
    },
  });

  addRoute(app, ctx, {
    method: 'DELETE', url: '/api/gallery/:id/reviews', tag: 'gallery', access: 'user',
    summary: 'Delete your review of a template.',
    params: idParams,
    handler: async ({ params, user }) => {
      const template = await requirePublicTemplate(ctx.db, params.id);
      const deleted = await ctx.db.query('DELETE FROM reviews WHERE template_id = $1 AND user_id = $2 RETURNING 1', [template.id, user!.id]);
      if (deleted.length === 0) throw new ApiError('INKLESS_API_NOT_FOUND', 'you have no review of this template');
      return undefined;
    },
  });
}
