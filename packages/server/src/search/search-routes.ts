import { PRINTER_LANGUAGES } from '@inkless/printers';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { MAX_TAG_LENGTH, MAX_TAGS, normaliseTags, textField } from '../templates/template-fields';
import { describeTemplate, type TemplateRow } from '../templates/template-row';
import { buildSearchSql } from './search-query';

const SEARCH_URL = '/api/search';
const sizeMm = (what: string) => z.coerce.number({ error: `${what} must be a number of millimetres` }).gt(0).max(2000);

const searchQuery = z.strictObject({
  q: textField('q', 200).optional(),
  /** mine: your templates; gallery: public ones; all (default when signed in): both. */
  scope: z.enum(['mine', 'gallery', 'all'], { error: 'scope must be mine, gallery or all' }).optional(),
  widthMm: sizeMm('widthMm').optional(),
  heightMm: sizeMm('heightMm').optional(),
  toleranceMm: z.coerce.number().min(0).max(50).default(1),
  printerLanguage: z.enum(PRINTER_LANGUAGES, { error: `printerLanguage must be one of ${PRINTER_LANGUAGES.join(', ')}` }).optional(),
  /** Comma-separated; a template must carry all of them. */
  tags: textField('tags', MAX_TAGS * (MAX_TAG_LENGTH + 1)).transform((text) => normaliseTags(text.split(','))).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

/**
 * `GET /api/search`: full-text search over your templates and the public gallery, with size,
 * printer-language and tag filters, best matches first. What people search for is nobody's
 * business: queries are not stored, and the route does not log its URL (the query string).
 */
export function registerSearchRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRoute', (route) => {
    // Request logs carry the URL with ?q=...: below warnings, this route logs nothing.
    if (route.url === SEARCH_URL) route.logLevel = 'warn';
  });
  addRoute(app, ctx, {
    method: 'GET', url: SEARCH_URL, tag: 'search', access: 'public',
    summary: 'Search your templates and the public gallery: q (words; the last may be half-typed), scope, widthMm/heightMm (± toleranceMm), printerLanguage, tags, limit (≤ 100), offset.',
    query: searchQuery,
    handler: async ({ query, user }) => {
      const scope = query.scope ?? (user ? 'all' : 'gallery');
      if (scope !== 'gallery' && !user) throw new ApiError('INKLESS_API_UNAUTHENTICATED', `sign in to search your own templates (or search scope=gallery)`, { path: 'scope' });
      const { sql, values } = buildSearchSql({ ...query, scope }, user?.id);
      const rows = await ctx.db.query<TemplateRow & { rank: number }>(sql, values);
      return {
        results: rows.map((row) => describeTemplate(row, user?.id)),
        nextOffset: rows.length === query.limit ? query.offset + query.limit : null,
      };
    },
  });
}
