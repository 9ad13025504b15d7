import type { Queryable } from '../db/database';

/** What the owner is told in place of the template while it is hidden. */
export const hiddenReasons = {
  ipComplaint: 'Taken down after an intellectual-property complaint; you can answer it.',
  ipUpheld: 'Taken down: an intellectual-property complaint against it was upheld.',
  rulesUpheld: 'Removed by a moderator: it breaks the content rules.',
} as const;

/** Hides a template from everyone but its owner and staff; an earlier hiding keeps its time. */
export async function hideTemplate(tx: Queryable, templateId: string, reason: string, at: Date): Promise<void> {
  await tx.query('UPDATE templates SET hidden_at = COALESCE(hidden_at, $3), hidden_reason = $2 WHERE id = $1', [templateId, reason, at]);
}

/**
 * Shows a template again unless something still keeps it down: another open or upheld
 * intellectual-property complaint, or an upheld rules report. Returns whether it is visible now.
 */
export async function restoreTemplateIfClear(tx: Queryable, templateId: string): Promise<boolean> {
  await tx.query(
    `UPDATE templates t SET hidden_at = NULL, hidden_reason = NULL
     WHERE t.id = $1 AND NOT EXISTS (
       SELECT 1 FROM reports r WHERE r.template_id = t.id
         AND ((r.kind = 'ip' AND r.status IN ('open', 'upheld')) OR (r.kind = 'rules' AND r.status = 'upheld')))`,
    [templateId],
  );
  const [row] = await tx.query<{ hidden_at: Date | null }>('SELECT hidden_at FROM templates WHERE id = $1', [templateId]);
  return row !== undefined && row.hidden_at === null;
}
