import type { LabelDocument } from '@inkless/label';
import type { Clock } from '../clock';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { findOwnTemplate, updateTemplate } from './template-store';
import type { TemplateRow } from './template-row';

/** One earlier state of a template, as kept by every save. */
export interface TemplateVersionRow {
  readonly version: number;
  readonly name: string;
  readonly created_at: Date;
  readonly document?: LabelDocument;
}

/** The caller's template's earlier versions, newest first (404 when the template is not theirs). */
export async function listTemplateVersions(db: Queryable, id: string, ownerId: string): Promise<{ current: number; versions: TemplateVersionRow[] }> {
  const template = await findOwnTemplate(db, id, ownerId);
  const versions = await db.query<TemplateVersionRow>(
    'SELECT version, name, created_at FROM template_versions WHERE template_id = $1 AND version < $2 ORDER BY version DESC', [id, template.version],
  );
  return { current: template.version, versions };
}

/** One version with its document: an earlier one from the history, or the current one. */
export async function findTemplateVersion(db: Queryable, id: string, ownerId: string, version: number): Promise<TemplateVersionRow> {
  const current = await db.query<TemplateVersionRow>('SELECT version, name, updated_at AS created_at, document FROM templates WHERE id = $1 AND owner_id = $2 AND version = $3', [id, ownerId, version]);
  if (current[0]) return current[0];
  const rows = await db.query<TemplateVersionRow>(
    `SELECT v.version, v.name, v.created_at, v.document FROM template_versions v JOIN templates t ON t.id = v.template_id
     WHERE v.template_id = $1 AND t.owner_id = $2 AND v.version = $3`,
    [id, ownerId, version],
  );
  if (!rows[0]) throw new ApiError('INKLESS_API_NOT_FOUND', `no version ${version} of this template (or not yours)`);
  return rows[0];
}

/**
 * Brings back an earlier version as a new one: history only grows, so a restore can itself be
 * undone. `expectedVersion` (the current version the caller saw) makes it a 409 if someone saved since.
 */
export async function restoreTemplateVersion(db: Queryable, id: string, ownerId: string, version: number, expectedVersion: number | undefined, clock: Clock): Promise<TemplateRow> {
  const old = await findTemplateVersion(db, id, ownerId, version);
  const current = expectedVersion ?? (await findOwnTemplate(db, id, ownerId)).version;
  return updateTemplate(db, id, ownerId, current, { document: old.document, name: old.name }, clock);
}

/** A version as the API shows it. */
export function describeVersion(row: TemplateVersionRow): Record<string, unknown> {
  return { version: row.version, name: row.name, createdAt: new Date(row.created_at).toISOString(), ...(row.document === undefined ? {} : { document: row.document }) };
}
