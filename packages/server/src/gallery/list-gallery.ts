import type { Queryable } from '../db/database';
import { describeGalleryItem, GALLERY_COLUMNS, GALLERY_FROM, type GalleryRow } from './gallery-template';

export const gallerySorts = ['relevance', 'newest', 'rating', 'popular'] as const;
export type GallerySort = (typeof gallerySorts)[number];

/** A size filter matches labels within this much of the asked width and height. */
export const SIZE_TOLERANCE_MM = 0.5;

export interface GalleryQuery {
  /** Words to find (web-search syntax: "quoted phrase", -not, or). */
  readonly q?: string;
  /** Default: relevance with q, newest without. */
  readonly sort?: GallerySort;
  /** Every one of these tags. */
  readonly tags?: readonly string[];
  readonly widthMm?: number;
  readonly heightMm?: number;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Orderings, each ending in unique keys so pages never repeat or skip a row. "rating" ranks by the
 * mean with two made-up 3-star ratings added, so one 5-star review does not outrank a hundred 4.8s.
 * `tsQuery` is the SQL of the search query (relevance needs one).
 */
function orderBy(sort: GallerySort, tsQuery: string): string {
  switch (sort) {
    case 'relevance': return `ts_rank(t.search, ${tsQuery}) DESC, t.published_at DESC NULLS LAST, t.id`;
    case 'newest': return 't.published_at DESC NULLS LAST, t.id';
    case 'rating': return '(t.rating_sum + 6)::float8 / (t.rating_count + 2) DESC, t.rating_count DESC, t.published_at DESC NULLS LAST, t.id';
    case 'popular': return 'forks DESC, t.rating_count DESC, t.published_at DESC NULLS LAST, t.id';
    default: return assertNever(sort);
  }
}

/**
 * One page of the public gallery: public and not taken down only (unlisted templates are reachable
 * by id, never listed), found with the templates' full-text column and filtered by tags and size.
 * All values go in as parameters; only fixed SQL fragments are joined.
 */
export async function listGallery(db: Queryable, query: GalleryQuery): Promise<{ items: Record<string, unknown>[]; total: number }> {
  const params: unknown[] = [];
  const where = ["t.visibility = 'public'", 't.hidden_at IS NULL'];
  let tsQuery = '';
  if (query.q !== undefined) {
    params.push(query.q);
    tsQuery = `websearch_to_tsquery('english', $${params.length}::text)`;
    where.push(`t.search @@ ${tsQuery}`);
  }
  if (query.tags && query.tags.length > 0) {
    params.push([...query.tags]);
    where.push(`t.tags @> $${params.length}::text[]`);
  }
  if (query.widthMm !== undefined) {
    params.push(query.widthMm);
    where.push(`abs(t.width_mm - $${params.length}::float8) <= ${SIZE_TOLERANCE_MM}`);
  }
  if (query.heightMm !== undefined) {
    params.push(query.heightMm);
    where.push(`abs(t.height_mm - $${params.length}::float8) <= ${SIZE_TOLERANCE_MM}`);
  }
  const filterParams = [...params];
  const sort: GallerySort = query.q === undefined ? (query.sort === undefined || query.sort === 'relevance' ? 'newest' : query.sort) : (query.sort ?? 'relevance');
  params.push(query.limit, query.offset);
  const rows = await db.query<GalleryRow & { total: string | number }>(
    `SELECT ${GALLERY_COLUMNS}, count(*) OVER () AS total FROM ${GALLERY_FROM}
     WHERE ${where.join(' AND ')}
     ORDER BY ${orderBy(sort, tsQuery)} LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  // Past the last page the window count has no row to ride on: count separately.
  const total = rows[0] ? Number(rows[0].total) : query.offset === 0 ? 0 : await countGallery(db, where, filterParams);
  return { items: rows.map(describeGalleryItem), total };
}

async function countGallery(db: Queryable, where: readonly string[], params: readonly unknown[]): Promise<number> {
  const [row] = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM templates t WHERE ${where.join(' AND ')}`, params);
  return Number(row!.n);
}

function assertNever(value: never): never {
  throw new Error(`unknown gallery sort ${String(value)}`);
}
