// The editable document of a ZPL label, made only when a caller asks for it: printing needs the
// bitmap alone, and each graphic's image element costs a PNG encode here and a decode when drawn.
import { CURRENT_SCHEMA_VERSION, type LabelDocument, type LabelSetup } from '@inkless/label';
import type { ZplElement } from './zpl-geometry';
import { contentElement } from './zpl-graphics';

/**
 * The label's fields as a document at the label's dpi, leaving out the fields at the indexes in
 * `leftOut` (those the engine refused, so the document matches the bitmap).
 */
export function zplDocument(label: LabelSetup, fields: readonly ZplElement[], leftOut: ReadonlySet<number> = new Set()): LabelDocument {
  const elements = fields.flatMap((f, i) => (leftOut.has(i) ? [] : [contentElement(f, label.dpi)]));
  return { schemaVersion: CURRENT_SCHEMA_VERSION, label, variables: {}, elements };
}
