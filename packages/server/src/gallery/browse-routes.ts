import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { addRoute, idParams } from '../http/route';
import { listComplaintsForPublisher } from '../moderation/publisher-complaints';
import { describeGalleryItem, GALLERY_COLUMNS, GALLERY_FROM, notFound, PUBLICLY_VISIBLE, requirePublicTemplate, type GalleryRow } from './gallery-template';
import { gallerySorts, listGallery } from './list-gallery';
import { listReviews } from './list-reviews';
import { textField } from './text-field';

/** Reviews shown with a template; more through its reviews route. */
const REVIEWS_WITH_TEMPLATE = 20;

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
};

const galleryQuery = z.strictObject({
  q: textField('q', { min: 1, max: 200 }).optional(),
  sort: z.enum(gallerySorts, { error: 'sort must be relevance, newest, rating or popular' }).optional(),
  /** `tags=a,b` or `tags=a&tags=b`; a template must have every one. */
  tags: z
    .union([z.string().max(500), z.array(z.string().max(500)).max(10)], { error: 'tags must be text, e.g. tags=kitchen,jar' })
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(textField('tag', { max: 50 })).max(10, { error: 'at most 10 tags' }))
    .optional(),
  widthMm: z.coerce.number().positive().max(2000).optional(),
  heightMm: z.coerce.number().positive().max(2000).optional(),
  ...pageQuery,
});

/** Browsing the gallery: the list, one template with its document and reviews, more reviews. */
export function registerBrowseRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/gallery', tag: 'gallery', access: 'public',
    summary: 'Public templates: full-text q, tags (comma-separated or repeated, all must match), widthMm/heightMm, sort relevance|newest|rating|popular, limit/offset.',
    query: galleryQuery,
    // Wire format: { items: [{ id, name, description, tags, widthMm, heightMm, license, publisher, publishedAt, averageRating, ratingCount, forks, ... }], total, limit, offset }
    handler: async ({ query }) => ({ ...(await listGallery(ctx.db, query)), limit: query.limit, offset: query.offset }),
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/gallery/:id', tag: 'gallery', access: 'public',
    summary: 'One public or unlisted template with its document and newest reviews (its publisher also sees it while taken down).',
    params: idParams,
    handler: async ({ params, user }) => {
      // The owner sees their own template here whatever its state (the takedown notice and the
      // complaint to answer); nobody else sees private or taken-down ones, staff included: staff
      // read those through /api/moderation, where every read is audited.
      const rows = await ctx.db.query<GalleryRow & { document: unknown }>(
        `SELECT ${GALLERY_COLUMNS}, t.document FROM ${GALLERY_FROM} WHERE t.id = $1 AND ((${PUBLICLY_VISIBLE}) OR t.owner_id = $2)`,
        [params.id, user?.id ?? null],
      );
      const row = rows[0];
      if (!row) throw notFound();
      const own = user !== undefined && row.owner_id === user.id;
      const reviews = await listReviews(ctx.db, row.id, user?.id, { limit: REVIEWS_WITH_TEMPLATE, offset: 0 });
      return {
        template: {
          ...describeGalleryItem(row),
          document: row.document,
          own,
          ...(own ? { hidden: row.hidden_at ? { at: row.hidden_at, reason: row.hidden_reason } : null, complaints: await listComplaintsForPublisher(ctx.db, row.id) } : {}),
        },
        reviews,
      };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/gallery/:id/reviews', tag: 'gallery', access: 'public',
    summary: 'Reviews of a public or unlisted template, newest first (limit/offset).',
    params: idParams,
    query: z.strictObject(pageQuery),
    handler: async ({ params, query, user }) => {
      const template = await requirePublicTemplate(ctx.db, params.id);
      return { reviews: await listReviews(ctx.db, template.id, user?.id, query), total: Number(template.rating_count), limit: query.limit, offset: query.offset };
    },
  });
}
