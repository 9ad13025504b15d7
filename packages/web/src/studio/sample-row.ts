import { findElementKind, sampleBarcodePayload, validateBarcode, type LabelDocument, type LabelInstance } from '@inkless/label';

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

/** Whether a symbology encodes a field's name as it is, by symbology and name (the preview asks on every change). */
const encodesName = new Map<string, boolean>();

/** The field's name when the symbology encodes it (a Code 128 or QR shows "tracking"), else the symbology's sample. */
function pickBarcodeSample(symbology: string, name: string): string {
  const key = `${symbology}\u0000${name}`;
  let fits = encodesName.get(key);
  if (fits === undefined) {
    fits = validateBarcode({ symbology, data: name }).length === 0;
    encodesName.set(key, fits);
  }
  return fits ? name : sampleBarcodePayload(symbology);
}

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
    if (name && !samples.has(name)) samples.set(name, pickBarcodeSample(symbology, name));
  }
  return samples;
}

/**
 * The data row the designer shows: the user's sample values, else the field's own name where
 * that is valid (a Code 128 shows "tracking"), else a value valid for where the field is used (a
 * barcode's symbology, a date).
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
