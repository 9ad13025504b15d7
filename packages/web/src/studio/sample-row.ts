import { findElementKind, type LabelDocument, type LabelInstance } from '@inkless/label';

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

/** The data row the designer shows: the user's sample values, else each field's own name. */
export function buildSampleRow(doc: LabelDocument, sampleRow: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(collectFieldNames(doc).map((name) => [name, sampleRow[name] ?? name]));
}

/**
 * The label instance the designer previews and downloads: the sample row, the first label of a
 * batch, local wall-clock time. The clock is left to the caller (the preview ticks per minute).
 */
export function buildDesignInstance(doc: LabelDocument, sampleRow: Readonly<Record<string, string>>, tzOffsetMinutes: number): LabelInstance {
  return { row: buildSampleRow(doc, sampleRow), labelIndex: 0, printIndex: 0, tzOffsetMinutes };
}
