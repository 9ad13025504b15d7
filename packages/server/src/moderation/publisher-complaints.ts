import type { Queryable } from '../db/database';
import { groundOf } from './complaint-grounds';

/**
 * The open complaints against a template (confirmed ones only), as its publisher sees them to
 * answer: who claims which work and why, never the claimant's email (staff only).
 */
export async function listComplaintsForPublisher(db: Queryable, templateId: string): Promise<Record<string, unknown>[]> {
  const rows = await db.query<{ id: string; ground: string | null; claimant: string | null; work: string | null; reason: string; created_at: Date; publisher_response: string | null; responded_at: Date | null }>(
    "SELECT id, ground, claimant, work, reason, created_at, publisher_response, responded_at FROM reports WHERE template_id = $1 AND kind = 'ip' AND status = 'open' ORDER BY created_at, id",
    [templateId],
  );
  // Wire format: [{ id, ground, claimant, work, reason, createdAt, response, respondedAt }]
  return rows.map((r) => ({ id: r.id, ground: groundOf(r.ground), claimant: r.claimant, work: r.work, reason: r.reason, createdAt: r.created_at, response: r.publisher_response, respondedAt: r.responded_at }));
}
