import type { Queryable } from '../db/database';

interface ReviewRow {
  user_id: string;
  display_name: string;
  rating: number;
  body: string;
  created_at: Date;
  updated_at: Date;
}

/**
 * A page of a template's reviews, newest first, each with its author's display name (never the id
 * or email); `mine` marks the viewer's own so a page can offer to change or delete it.
 */
export async function listReviews(db: Queryable, templateId: string, viewerId: string | undefined, page: { limit: number; offset: number }): Promise<Record<string, unknown>[]> {
  const rows = await db.query<ReviewRow>(
    `SELECT r.user_id, u.display_name, r.rating, r.body, r.created_at, r.updated_at
     FROM reviews r JOIN users u ON u.id = r.user_id
     WHERE r.template_id = $1 ORDER BY r.updated_at DESC, r.user_id LIMIT $2 OFFSET $3`,
    [templateId, page.limit, page.offset],
  );
  return rows.map((r) => describeReview(r, viewerId));
}

/** Wire format of a review: { reviewer, rating, body, createdAt, updatedAt, mine }. */
export function describeReview(r: ReviewRow, viewerId: string | undefined): Record<string, unknown> {
  return { reviewer: r.display_name, rating: Number(r.rating), body: r.body, createdAt: r.created_at, updatedAt: r.updated_at, mine: r.user_id === viewerId };
}
