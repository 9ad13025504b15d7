import { findElementKind, sampleBarcodePayload, type LabelDocument, type LabelInstance } from '@inkless/label';

const PLACEHOLDER = /\{\{([^{}]+?)\}\}/g;

/**
 * Names of the data fields the document uses: `{{name}}` in the fields each element kind fills
 * from data, that are not document variables. In order of first use.
 */
export function collectFieldNames(doc: LabelDocument): string[] {
  const names = new Set<string>();
  for (const el of doc.elements) {
    for (const field of findElementKind(el.type)?.templatedFields ?? []) {
      const text = JSON.stringify(el[field] ?? '');
      for (const m of text.matchAll(PLACEHOLDER)) {
        const name = m[1]!.trim();
        if (name && !Object.hasOwn(doc.variables, name)) names.add(name);
      }
    }
  }
  return [...names];
}

/** A field named like a date (date, expiry, best before, use by) is shown with a date, not its name. */
const DATE_FIELD = /date|expir|best.?before|use.?by|\bbb\b|bbe/i;
/** The date such a field shows while designing: fixed, so a preview does not change by the day. */
export const SAMPLE_DATE = '2026-12-31';

/**
 * Fields that are a barcode's whole data, with a payload valid for its symbology: a `{{ean}}`
 * EAN-13 gets 13 digits with a correct check digit, so it draws before any data is loaded.
 */
function collectBarcodeSamples(doc: LabelDocument): Map<string, string> {
  const samples = new Map<string, string>();
  for (const el of doc.elements) {
    const { symbology, data } = el as { symbology?: unknown; data?: unknown };
    if (typeof symbology !== 'string' || typeof data !== 'string') continue;
    const whole = /^\{\{([^{}]+?)\}\}$/.exec(data.trim());
    const name = whole?.[1]!.trim();
    if (name && !samples.has(name)) samples.set(name, sampleBarcodePayload(symbology));
  }
  return samples;
}

/**
 * The data row the designer shows: the user's sample values, else a value valid for where the
 * field is used (a barcode's symbology, a date), else the field's own name.
 */
export function buildSampleRow(doc: LabelDocument, sampleRow: Readonly<Record<string, string>>): Record<string, string> {
  const barcodeSamples = collectBarcodeSamples(doc);
  const guess = (name: string) => barcodeSamples.get(name) ?? (DATE_FIELD.test(name) ? SAMPLE_DATE : name);
  return Object.fromEntries(collectFieldNames(doc).map((name) => [name, sampleRow[name] ?? guess(name)]));
}

/**
 * The label instance the designer previews and downloads: the sample row, the first label of a
 * batch, local wall-clock time. The clock is left to the caller (the preview ticks per minute).
 */
export function buildDesignInstance(doc: LabelDocument, sampleRow: Readonly<Record<string, string>>, tzOffsetMinutes: number): LabelInstance {
  return { row: buildSampleRow(doc, sampleRow), labelIndex: 0, printIndex: 0, tzOffsetMinutes };
}
