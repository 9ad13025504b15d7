import { CURRENT_SCHEMA_VERSION, findStock, formatIssue, validateDocument, type LabelDocument } from '@inkless/label';

/** A new label is the most common thermal stock at the most common resolution. */
export const DEFAULT_STOCK_ID = 'roll-50x30mm';
export const DEFAULT_PRINTER_PROFILE_ID = 'generic-tspl-203';

/** An empty, valid label document to start designing on. */
export function createBlankDocument(name: string): LabelDocument {
  const stock = findStock(DEFAULT_STOCK_ID);
  const r = validateDocument({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    label: { widthMm: stock?.widthMm ?? 50, heightMm: stock?.heightMm ?? 30, dpi: 203, media: { type: 'gap', gapMm: stock?.gapMm ?? 2 }, ...(stock ? { stock: stock.id } : {}) },
    variables: {},
    elements: [],
  });
  if (!r.ok) throw new Error(`the blank label is invalid: ${r.issues.map(formatIssue).join('; ')}`);
  return r.value;
}

/** A fresh id for a label kept in this browser. */
export function createLabelId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `label-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
