import type { Clock } from '../clock';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { checkTemplateDocument, type CheckedDocument } from './template-document';
import { normaliseTags } from './template-fields';
import { FULL_COLUMNS, SUMMARY_COLUMNS, type TemplateRow } from './template-row';

/** What a new template is made of; the document is validated by the engine here. */
export interface NewTemplate {
  readonly document: unknown;
  /** Default: the document's own name, else "Untitled label". */
  readonly name?: string;
  readonly description?: string;
  readonly folder?: string;
  readonly tags?: readonly string[];
  readonly printerLanguage?: string;
  /** The template this one was copied from, when it was someone else's. */
  readonly forkedFrom?: string;
}

/** Fields an update may change; omitted ones stay as they are. */
export interface TemplateChanges {
  readonly document?: unknown;
  readonly name?: string;
  readonly description?: string;
  readonly folder?: string;
  readonly tags?: readonly string[];
  readonly printerLanguage?: string;
}

const NOT_FOUND = 'no such template (or not yours)';

/**
 * Stores a new private template for `ownerId`, version 1. Exported for other areas and tests that
 * need "a template of user X" without going through HTTP.
 *
 * @example
 * const row = await createTemplate(ctx.db, user.id, { document, name: 'Shelf label' }, ctx.clock);
 */
export async function createTemplate(db: Queryable, ownerId: string, input: NewTemplate, clock: Clock): Promise<TemplateRow> {
  const checked = checkTemplateDocument(input.document);
  const now = clock();
  const rows = await db.query<TemplateRow>(
    `INSERT INTO templates (owner_id, name, description, folder, tags, printer_language, document, width_mm, height_mm, forked_from, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7::jsonb, $8, $9, $10, $11, $11) RETURNING ${FULL_COLUMNS}`,
    [ownerId, input.name ?? defaultName(checked), input.description ?? '', input.folder ?? '', normaliseTags(input.tags ?? []), input.printerLanguage ?? '',
      JSON.stringify(checked.document), checked.widthMm, checked.heightMm, input.forkedFrom ?? null, now],
  );
  return rows[0]!;
}

function defaultName(checked: CheckedDocument): string {
  const name = checked.document.name?.trim();
  return name ? name.slice(0, 200) : 'Untitled label';
}

/** The caller's own template (document included), or 404 for anything else. */
export async function findOwnTemplate(db: Queryable, id: string, ownerId: string): Promise<TemplateRow> {
  const rows = await db.query<TemplateRow>(`SELECT ${FULL_COLUMNS} FROM templates WHERE id = $1 AND owner_id = $2`, [id, ownerId]);
  if (!rows[0]) throw new ApiError('INKLESS_API_NOT_FOUND', NOT_FOUND);
  return rows[0];
}

/** SQL condition: a template anyone may read by its id (public or unlisted, not taken down). */
export const SHARED_CONDITION = "(visibility IN ('public', 'unlisted') AND hidden_at IS NULL)";

/**
 * A template the caller may read: their own, or one shared by link or in the gallery and not
 * taken down. Everything else, another user's private template included, is the same 404.
 */
export async function findReadableTemplate(db: Queryable, id: string, viewerId: string | undefined): Promise<TemplateRow> {
  const rows = await db.query<TemplateRow>(`SELECT ${FULL_COLUMNS} FROM templates WHERE id = $1 AND (owner_id = $2 OR ${SHARED_CONDITION})`, [id, viewerId ?? null]);
  if (!rows[0]) throw new ApiError('INKLESS_API_NOT_FOUND', NOT_FOUND);
  return rows[0];
}

/**
 * Changes a template if it is still at `expectedVersion`, in one statement: the row is locked,
 * its previous state goes to template_versions, the new one gets version + 1. Someone else's save
 * in between makes this a 409, never a lost update.
 */
export async function updateTemplate(db: Queryable, id: string, ownerId: string, expectedVersion: number, changes: TemplateChanges, clock: Clock): Promise<TemplateRow> {
  const checked = changes.document === undefined ? undefined : checkTemplateDocument(changes.document);
  const rows = await db.query<TemplateRow>(
    `WITH old AS (
       SELECT id, version, name, document FROM templates WHERE id = $1 AND owner_id = $2 AND version = $3 FOR UPDATE
     ), saved AS (
       INSERT INTO template_versions (template_id, version, name, document, created_at) SELECT id, version, name, document, $4 FROM old
       -- A copy made by the gallery's fork starts with its version 1 in the history already.
       ON CONFLICT (template_id, version) DO NOTHING
     )
     UPDATE templates t SET
       name = COALESCE($5, t.name), description = COALESCE($6, t.description), folder = COALESCE($7, t.folder),
       tags = COALESCE($8::text[], t.tags), printer_language = COALESCE($9, t.printer_language),
       document = COALESCE($10::jsonb, t.document), width_mm = COALESCE($11, t.width_mm), height_mm = COALESCE($12, t.height_mm),
       thumbnail = CASE WHEN $10::jsonb IS NULL THEN t.thumbnail END,
       version = t.version + 1, updated_at = $4
     FROM old WHERE t.id = old.id
     RETURNING ${FULL_COLUMNS.split(', ').map((c) => `t.${c}`).join(', ')}`,
    [id, ownerId, expectedVersion, clock(), changes.name ?? null, changes.description ?? null, changes.folder ?? null,
      changes.tags === undefined ? null : normaliseTags(changes.tags), changes.printerLanguage ?? null,
      checked ? JSON.stringify(checked.document) : null, checked?.widthMm ?? null, checked?.heightMm ?? null],
  );
  if (rows[0]) return rows[0];
  const current = await db.query<{ version: number }>('SELECT version FROM templates WHERE id = $1 AND owner_id = $2', [id, ownerId]);
  if (!current[0]) throw new ApiError('INKLESS_API_NOT_FOUND', NOT_FOUND);
  throw new ApiError('INKLESS_API_CONFLICT', `the template changed since you read it (you sent version ${expectedVersion}, it is at ${current[0].version}): load it again and reapply your edit`, { path: 'version' });
}

/** Deletes the caller's template and its history; false when there was none of theirs. */
export async function deleteTemplate(db: Queryable, id: string, ownerId: string): Promise<boolean> {
  return (await db.query('DELETE FROM templates WHERE id = $1 AND owner_id = $2 RETURNING id', [id, ownerId])).length > 0;
}

export interface TemplateListFilter {
  readonly folder?: string;
  readonly tag?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The caller's templates, most recently changed first, without documents. */
export async function listTemplates(db: Queryable, ownerId: string, filter: TemplateListFilter): Promise<TemplateRow[]> {
  return db.query<TemplateRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM templates
     WHERE owner_id = $1 AND ($2::text IS NULL OR folder = $2) AND ($3::text IS NULL OR tags @> ARRAY[$3::text])
     ORDER BY updated_at DESC, id LIMIT $4 OFFSET $5`,
    [ownerId, filter.folder ?? null, filter.tag === undefined ? null : normaliseTags([filter.tag])[0] ?? '', filter.limit, filter.offset],
  );
}

/** The caller's folders and tags, each with how many templates use it. */
export async function listFoldersAndTags(db: Queryable, ownerId: string): Promise<{ folders: { folder: string; count: number }[]; tags: { tag: string; count: number }[] }> {
  const folders = await db.query<{ folder: string; count: number }>(
    'SELECT folder, count(*)::int AS count FROM templates WHERE owner_id = $1 GROUP BY folder ORDER BY folder', [ownerId],
  );
  const tags = await db.query<{ tag: string; count: number }>(
    'SELECT tag, count(*)::int AS count FROM templates, unnest(tags) AS tag WHERE owner_id = $1 GROUP BY tag ORDER BY tag', [ownerId],
  );
  return { folders, tags };
}
