import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';

export const visibilities = ['private', 'unlisted', 'public'] as const;
export type Visibility = (typeof visibilities)[number];
/** The licences a template can be published under: no rights kept, or credit required. */
export const licenses = ['CC0-1.0', 'CC-BY-4.0'] as const;
export type License = (typeof licenses)[number];

/** SQL (templates aliased `t`): reachable by anyone: public or unlisted, and not taken down. */
export const PUBLICLY_VISIBLE = "t.visibility <> 'private' AND t.hidden_at IS NULL";

/** A template as the gallery shows it, with its publisher's name and fork count. */
export interface GalleryRow {
  readonly id: string;
  readonly owner_id: string | null;
  readonly name: string;
  readonly description: string;
  readonly tags: string[];
  readonly width_mm: number;
  readonly height_mm: number;
  readonly printer_language: string;
  readonly visibility: Visibility;
  readonly license: License | null;
  readonly published_at: Date | null;
  readonly hidden_at: Date | null;
  readonly hidden_reason: string | null;
  readonly forked_from: string | null;
  readonly rating_sum: number;
  readonly rating_count: number;
  readonly publisher: string | null;
  readonly forks: number | string;
}

/** The columns of GalleryRow; use with GALLERY_FROM. */
export const GALLERY_COLUMNS = `t.id, t.owner_id, t.name, t.description, t.tags, t.width_mm, t.height_mm, t.printer_language, t.visibility, t.license,
  t.published_at, t.hidden_at, t.hidden_reason, t.forked_from, t.rating_sum, t.rating_count,
  COALESCE(u.display_name, t.credit_name) AS publisher,
  (SELECT count(*) FROM templates f WHERE f.forked_from = t.id) AS forks`;
/** The owner's name while the account exists; the credit name the owner chose once it is gone. */
export const GALLERY_FROM = 'templates t LEFT JOIN users u ON u.id = t.owner_id';

/** The mean of the ratings to two decimals, or null before the first one. */
export function averageRating(ratingSum: number, ratingCount: number): number | null {
  return ratingCount > 0 ? Math.round((ratingSum / ratingCount) * 100) / 100 : null;
}

/**
 * What the gallery shows of a template: never the owner's id or email, only the name they publish
 * under.
 */
export function describeGalleryItem(row: GalleryRow): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: row.tags,
    widthMm: Number(row.width_mm),
    heightMm: Number(row.height_mm),
    printerLanguage: row.printer_language,
    visibility: row.visibility,
    license: row.license,
    publisher: row.publisher,
    publishedAt: row.published_at,
    forkedFrom: row.forked_from,
    averageRating: averageRating(Number(row.rating_sum), Number(row.rating_count)),
    ratingCount: Number(row.rating_count),
    forks: Number(row.forks),
  };
}

/**
 * A template anyone may see (public or unlisted, not taken down), or 404 exactly as if it did not
 * exist: a private or hidden template of someone else must not be told apart from nothing.
 * `lock` takes the row for the rest of the transaction.
 */
export async function requirePublicTemplate(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<GalleryRow> {
  const rows = await db.query<GalleryRow>(`SELECT ${GALLERY_COLUMNS} FROM ${GALLERY_FROM} WHERE t.id = $1 AND ${PUBLICLY_VISIBLE}${options.lock ? ' FOR UPDATE OF t' : ''}`, [id]);
  if (!rows[0]) throw notFound();
  return rows[0];
}

/** One answer for "no such template" and "not yours to see". */
export function notFound(): ApiError {
  return new ApiError('INKLESS_API_NOT_FOUND', 'no such template in the gallery (it may be private, taken down or deleted)');
}
