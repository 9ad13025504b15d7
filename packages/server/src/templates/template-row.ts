import type { LabelDocument } from '@inkless/label';

/** A templates row as the API reads it (the thumbnail and search vector are read elsewhere). */
export interface TemplateRow {
  readonly id: string;
  /** NULL once the owner deleted their account and left a public template to the gallery. */
  readonly owner_id: string | null;
  readonly name: string;
  readonly description: string;
  readonly folder: string;
  readonly tags: string[];
  readonly version: number;
  readonly width_mm: number;
  readonly height_mm: number;
  readonly printer_language: string;
  readonly visibility: 'private' | 'unlisted' | 'public';
  readonly forked_from: string | null;
  readonly created_at: Date;
  readonly updated_at: Date;
  /** Only when the query asked for it (lists leave it out). */
  readonly document?: LabelDocument;
}

/** The columns of a list entry. */
export const SUMMARY_COLUMNS = 'id, owner_id, name, description, folder, tags, version, width_mm, height_mm, printer_language, visibility, forked_from, created_at, updated_at';
/** A whole template, document included. */
export const FULL_COLUMNS = `${SUMMARY_COLUMNS}, document`;

/**
 * A template as the API shows it. Every text field is returned as JSON string data, exactly as
 * stored; clients render it as text, never as HTML. Another user's folder is their own business.
 */
export function describeTemplate(row: TemplateRow, viewerId: string | undefined): Record<string, unknown> {
  const mine = viewerId !== undefined && row.owner_id === viewerId;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    folder: mine ? row.folder : '',
    tags: row.tags,
    version: row.version,
    widthMm: row.width_mm,
    heightMm: row.height_mm,
    printerLanguage: row.printer_language,
    visibility: row.visibility,
    mine,
    forkedFrom: row.forked_from,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    thumbnailUrl: `/api/templates/${row.id}/thumbnail.png?v=${row.version}`,
    ...(row.document === undefined ? {} : { document: row.document }),
  };
}
