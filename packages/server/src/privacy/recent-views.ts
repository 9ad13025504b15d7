import type { Queryable } from '../db/database';

/** Views kept per user: the studio offers the last few, not a browsing history. */
export const MAX_RECENT_VIEWS = 50;

/**
 * Who may see a template, as the gallery defines it: its owner always; others when it is public
 * or unlisted and not hidden by a takedown. The list joins on this at read time, so a template made
 * private later drops out of other users' lists.
 */
const VISIBLE_TO_USER = "(t.owner_id = $1 OR (t.visibility IN ('public', 'unlisted') AND t.hidden_at IS NULL))";

/** Remembers that a user opened a template; false when the template is not theirs to see. Callers check the preferences consent first. */
export async function recordRecentView(db: Queryable, userId: string, templateId: string, at: Date): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO recent_views (user_id, template_id, viewed_at)
     SELECT $1::uuid, t.id, $3::timestamptz FROM templates t WHERE t.id = $2 AND ${VISIBLE_TO_USER}
     ON CONFLICT (user_id, template_id) DO UPDATE SET viewed_at = EXCLUDED.viewed_at RETURNING 1`,
    [userId, templateId, at],
  );
  if (rows.length === 0) return false;
  await db.query(
    'DELETE FROM recent_views WHERE user_id = $1 AND template_id NOT IN (SELECT template_id FROM recent_views WHERE user_id = $1 ORDER BY viewed_at DESC LIMIT $2)',
    [userId, MAX_RECENT_VIEWS],
  );
  return true;
}

/** A user's recently viewed templates that they may still see, newest first. */
export async function listRecentViews(db: Queryable, userId: string): Promise<{ templateId: string; name: string; viewedAt: string }[]> {
  const rows = await db.query<{ template_id: string; name: string; viewed_at: Date }>(
    `SELECT r.template_id, t.name, r.viewed_at FROM recent_views r JOIN templates t ON t.id = r.template_id
     WHERE r.user_id = $1 AND ${VISIBLE_TO_USER} ORDER BY r.viewed_at DESC LIMIT ${MAX_RECENT_VIEWS}`,
    [userId],
  );
  return rows.map((r) => ({ templateId: r.template_id, name: r.name, viewedAt: new Date(r.viewed_at).toISOString() }));
}

/** Forgets every recent view of a user (the preferences consent was withdrawn, or they cleared the list). */
export async function deleteRecentViews(db: Queryable, userId: string): Promise<number> {
  return (await db.query('DELETE FROM recent_views WHERE user_id = $1 RETURNING 1', [userId])).length;
}
