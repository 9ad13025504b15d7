import { CURRENT_SCHEMA_VERSION, findStock, formatIssue, validateDocument, type LabelDocument, type LabelStock } from '@inkless/label';

/** A new label is the most common thermal stock at the most common resolution. */
export const DEFAULT_STOCK_ID = 'roll-50x30mm';
export const DEFAULT_PRINTER_PROFILE_ID = 'generic-tspl-203';

/** What a blank label is made for: the printer's dpi and media, and the stock in it. */
export interface BlankLabelTarget {
  readonly dpi?: number;
  /** Media the printer senses, first preferred; a stock's own media is used when the printer has it. */
  readonly media?: readonly string[];
  readonly stock?: LabelStock;
}

/** Continuous stock has no height of its own; a blank label on it starts this long. */
const CONTINUOUS_BLANK_HEIGHT_MM = 30;

/** An empty, valid label document to start designing on: the default stock, or the printer's and stock's. */
export function createBlankDocument(name: string, target: BlankLabelTarget = {}): LabelDocument {
  const stock = target.stock ?? findStock(DEFAULT_STOCK_ID);
  const stockMedia = stock && stock.media !== 'sheet' ? stock.media : 'gap';
  const mediaType = !target.media || target.media.includes(stockMedia) ? stockMedia : target.media[0]!;
  const r = validateDocument({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    label: {
      widthMm: stock?.widthMm ?? 50,
      heightMm: stock?.heightMm ?? CONTINUOUS_BLANK_HEIGHT_MM,
      dpi: target.dpi ?? 203,
      media: { type: mediaType, ...(mediaType === 'gap' ? { gapMm: stock?.gapMm ?? 2 } : {}) },
      ...(stock ? { stock: stock.id } : {}),
    },
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
