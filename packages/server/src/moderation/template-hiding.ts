import type { Queryable } from '../db/database';

/** What the owner is told in place of the template while it is hidden. */
export const hiddenReasons = {
  complaintHidesAtOnce: 'Hidden after a complaint that it shows someone\'s personal data; you can answer it, and staff decide soon.',
  ipUpheld: 'Taken down: a complaint against it was upheld.',
  rulesUpheld: 'Removed by a moderator: it breaks the content rules.',
  ownerLeaving: 'Withdrawn from the gallery: you asked to delete your account and to remove your published templates. Cancel the deletion to show it again.',
} as const;

/** SQL (templates aliased `t`): the owner asked to delete the account and to remove what they published. */
const OWNER_LEAVING = "EXISTS (SELECT 1 FROM account_deletions d WHERE d.user_id = t.owner_id AND d.published_templates = 'remove')";

/** Hides a template from everyone but its owner and staff; an earlier hiding keeps its time. */
export async function hideTemplate(tx: Queryable, templateId: string, reason: string, at: Date): Promise<void> {
  await tx.query('UPDATE templates SET hidden_at = COALESCE(hidden_at, $3), hidden_reason = $2 WHERE id = $1', [templateId, reason, at]);
}

/**
 * Shows a template again unless something still keeps it down: an open complaint on a ground that
 * hides at once, an upheld complaint, an upheld rules report, or its owner's pending deletion with
 * "remove my published templates" (then it stays withdrawn, and cancelling the deletion shows it).
 * Returns whether it is visible now.
 */
export async function restoreTemplateIfClear(tx: Queryable, templateId: string, at: Date): Promise<boolean> {
  const [state] = await tx.query<{ held: boolean; leaving: boolean; hidden_at: Date | null }>(
    `SELECT t.hidden_at, ${OWNER_LEAVING} AS leaving, EXISTS (
       SELECT 1 FROM reports r WHERE r.template_id = t.id
         AND ((r.kind = 'ip' AND r.status = 'open' AND r.ground = 'personal-data') OR (r.kind = 'ip' AND r.status = 'upheld') OR (r.kind = 'rules' AND r.status = 'upheld'))
     ) AS held
     FROM templates t WHERE t.id = $1`,
    [templateId],
  );
  if (!state) return false;
  if (state.held) return state.hidden_at === null;
  if (state.leaving) {
    await tx.query("UPDATE templates SET hidden_at = COALESCE(hidden_at, $2), hidden_reason = $3 WHERE id = $1 AND visibility <> 'private'", [templateId, at, hiddenReasons.ownerLeaving]);
    return false;
  }
  await tx.query('UPDATE templates SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1', [templateId]);
  return true;
}

/**
 * Takes every published template of an owner out of the gallery (public and unlisted alike) when
 * they ask to delete their account with "remove my published templates": the promise is kept at
 * once, not when the grace period ends. Templates hidden for another reason keep that reason.
 * Returns how many were withdrawn.
 */
export async function withdrawPublishedTemplates(tx: Queryable, ownerId: string, at: Date): Promise<number> {
  const rows = await tx.query(
    "UPDATE templates SET hidden_at = $2, hidden_reason = $3 WHERE owner_id = $1 AND visibility <> 'private' AND hidden_at IS NULL RETURNING id",
    [ownerId, at, hiddenReasons.ownerLeaving],
  );
  return rows.length;
}

/** Shows again what withdrawPublishedTemplates took down (when the deletion is cancelled); returns how many. */
export async function restoreWithdrawnTemplates(tx: Queryable, ownerId: string): Promise<number> {
  const rows = await tx.query(
    'UPDATE templates SET hidden_at = NULL, hidden_reason = NULL WHERE owner_id = $1 AND hidden_reason = $2 RETURNING id',
    [ownerId, hiddenReasons.ownerLeaving],
  );
  return rows.length;
}
