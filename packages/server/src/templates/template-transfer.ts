import { z } from 'zod';
import type { Queryable } from '../db/database';
import { descriptionField, folderField, nameField, printerLanguageField, tagsField } from './template-fields';
import type { TemplateRow } from './template-row';

// Wire format of an export file (application/json; one file holds one template or all of yours):
//   { "format": "inkless-templates", "formatVersion": 1, "exportedAt": "2026-06-01T12:00:00.000Z",
//     "templates": [ { "name": "...", "description": "...", "folder": "...", "tags": ["..."],
//                      "printerLanguage": "tspl", "document": { "schemaVersion": 2, ... } } ] }
// Ids, owners, versions and history stay behind: an import makes new private templates.
export const EXPORT_FORMAT = 'inkless-templates';
export const EXPORT_FORMAT_VERSION = 1;
/** Templates in one import file. */
export const MAX_IMPORT_TEMPLATES = 500;

const exportedTemplate = z.strictObject({
  name: nameField,
  description: descriptionField.default(''),
  folder: folderField.default(''),
  tags: tagsField.default([]),
  printerLanguage: printerLanguageField.default(''),
  document: z.record(z.string(), z.unknown(), { error: 'document must be a label document (a JSON object)' }),
});

/** An export file as `POST /api/templates/import` takes it. */
export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `format must be "${EXPORT_FORMAT}" (a file from Export)` }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: `formatVersion must be ${EXPORT_FORMAT_VERSION}` }),
  exportedAt: z.string().max(40).optional(),
  templates: z.array(exportedTemplate).min(1, { error: 'the file holds no templates' }).max(MAX_IMPORT_TEMPLATES, { error: `at most ${MAX_IMPORT_TEMPLATES} templates per file` }),
});

/** One template as the export file holds it. */
export function exportEntry(row: TemplateRow): Record<string, unknown> {
  return { name: row.name, description: row.description, folder: row.folder, tags: row.tags, printerLanguage: row.printer_language, document: row.document };
}

/** The opening of an export file, up to the templates array. */
export function exportHeader(exportedAt: Date): string {
  return `{"format":"${EXPORT_FORMAT}","formatVersion":${EXPORT_FORMAT_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"templates":[`;
}

/** A file name safe in a header: the template's name in lower-case letters, digits and dashes. */
export function exportFileName(name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'template'}.inkless.json`;
}

/** Templates read in pages for the streamed export of all of them. */
const EXPORT_PAGE = 50;

/**
 * Every template of the owner as an export file, in pieces: a page of templates at a time, so
 * exporting thousands of templates holds only a page in memory.
 */
export async function* streamExportFile(db: Queryable, ownerId: string, exportedAt: Date): AsyncGenerator<string> {
  yield exportHeader(exportedAt);
  let after = '00000000-0000-0000-0000-000000000000';
  let first = true;
  for (;;) {
    const rows = await db.query<TemplateRow>(
      'SELECT id, name, description, folder, tags, printer_language, document FROM templates WHERE owner_id = $1 AND id > $2 ORDER BY id LIMIT $3',
      [ownerId, after, EXPORT_PAGE],
    );
    for (const row of rows) {
      yield `${first ? '' : ','}${JSON.stringify(exportEntry(row))}`;
      first = false;
    }
    if (rows.length < EXPORT_PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  yield ']}';
}
