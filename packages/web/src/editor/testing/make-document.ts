import { formatIssue, validateDocument, type LabelDocument } from '@inkless/label';

/**
 * A validated document for tests (every default filled, as the editor always holds them): a
 * 100 x 60 mm label at 203 dpi unless `label` says otherwise.
 */
export function makeDocument(elements: readonly object[], label: object = {}, variables: object = {}): LabelDocument {
  const r = validateDocument({ schemaVersion: 2, label: { widthMm: 100, heightMm: 60, ...label }, variables, elements });
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
}

/** A rectangle element with an id, for geometry tests. */
export function rectElement(id: string, xMm: number, yMm: number, widthMm: number, heightMm: number, extra: object = {}): object {
  return { type: 'rect', id, xMm, yMm, widthMm, heightMm, ...extra };
}
