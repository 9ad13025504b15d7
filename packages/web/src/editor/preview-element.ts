import {
  compileLabel, findElementKind, InklessError, mmToDots, MM_PER_INCH,
  type Bitmap1, type Issue, type LabelDocument, type LabelElement, type LabelInstance, type RenderEnv,
} from '@inkless/label';

/** Where an element lands on the label in whole dots: the same rounding as the engine's placeElement. */
export interface DotBox {
  readonly xDots: number;
  readonly yDots: number;
  readonly widthDots: number;
  readonly heightDots: number;
}

/**
 * One element drawn on its own: its finished bitmap (rotated, inverse applied), or why it failed.
 * Issue paths say `elements[0]`; whoever places the element puts its real index in.
 */
export type DrawnElement =
  | { readonly ok: true; readonly bitmap: Bitmap1; readonly warnings: readonly Issue[]; readonly fieldNames: readonly string[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly fieldNames: readonly string[] };

/**
 * Mirrors placeElement of @inkless/label (not exported): edges are rounded to dots, so the size
 * in dots depends on the position's fraction. preview.test.ts checks the composed label against
 * renderLabel bit for bit, which fails if the two ever differ.
 */
export function placeInDots(el: LabelElement, dpi: number): DotBox {
  const xDots = mmToDots(el.xMm, dpi);
  const yDots = mmToDots(el.yMm, dpi);
  const widthDots = Math.max(1, mmToDots(el.xMm + el.widthMm, dpi) - xDots);
  const heightDots = Math.max(1, mmToDots(el.yMm + el.heightMm, dpi) - yDots);
  return { xDots, yDots, widthDots, heightDots };
}

/** Whether any `{{variable}}` appears in the fields the element's kind fills from data. */
export function isDynamicElement(el: LabelElement): boolean {
  const fields = findElementKind(el.type)?.templatedFields ?? [];
  return fields.some((field) => JSON.stringify(el[field] ?? '').includes('{{'));
}

/**
 * Draws one element with the engine, exactly as it would be drawn on the label: alone on a
 * label the size of its box in dots (a box in mm that rounds to the same dots). Kinds draw from
 * the box in dots and their own fields, never from the position, so the bitmap is the same
 * wherever the element sits: that is what lets a drag reuse it.
 */
export function drawElementAlone(doc: LabelDocument, el: LabelElement, box: DotBox, env: RenderEnv, instance: LabelInstance): DrawnElement {
  const dpi = doc.label.dpi;
  const widthMm = (box.widthDots * MM_PER_INCH) / dpi;
  const heightMm = (box.heightDots * MM_PER_INCH) / dpi;
  const alone: LabelDocument = {
    schemaVersion: doc.schemaVersion,
    label: { ...doc.label, widthMm, heightMm, orientation: 0, marginsMm: { top: 0, right: 0, bottom: 0, left: 0 } },
    variables: doc.variables,
    elements: [{ ...el, xMm: 0, yMm: 0, widthMm, heightMm }],
  };
  try {
    const compiled = compileLabel(alone, env);
    const fieldNames = compiled.fieldNames;
    const r = compiled.render(instance);
    if (!r.ok) return { ok: false, issues: r.issues, fieldNames };
    return { ok: true, bitmap: r.value.bitmap, warnings: r.value.warnings, fieldNames };
  } catch (e) {
    // compileLabel throws for a template with a syntax error, and an edit can ask for a box too big
    // to allocate: either is a problem of this element to show, not a reason to crash the studio.
    if (e instanceof InklessError) return { ok: false, issues: e.issues, fieldNames: [] };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ code: 'INKLESS_RENDER_ELEMENT_FAILED', path: 'elements[0]', message: `could not be drawn: ${message}` }], fieldNames: [] };
  }
}

/** An issue of an element drawn alone, with the element's real place in the document. */
export function moveIssueToIndex(issue: Issue, index: number): Issue {
  return { ...issue, path: issue.path.replace(/^elements\[0\]/, `elements[${index}]`) };
}
