/**
 * Lays a label document out again at another size: positions and sizes across scale with the
 * width, along with the height, everything else measured in mm or pt (font sizes, strokes,
 * corners) with the smaller of the two, so text keeps its shape. Works on the raw JSON, before
 * validation, like a migration: fields it does not know are kept as they are.
 */

type Json = Record<string, unknown>;

/** Fields that follow the label's width; `FOLLOW_HEIGHT` the height; other `…Mm`/`…Pt` numbers the smaller scale. */
const FOLLOW_WIDTH = new Set(['xMm', 'widthMm']);
const FOLLOW_HEIGHT = new Set(['yMm', 'heightMm', 'barHeightMm']);
const SCALED_UNIT = /(Mm|Pt)$/;
/** Font sizes the engine accepts at least (barcode text is 4 pt and up). */
const MIN_PT = 4;

const round = (value: number, step: number) => Math.round(value / step) * step;

function scaleFields(element: Json, scaleX: number, scaleY: number): Json {
  const out: Json = {};
  const scaleBoth = Math.min(scaleX, scaleY);
  for (const [key, value] of Object.entries(element)) {
    if (typeof value !== 'number' || !SCALED_UNIT.test(key)) {
      out[key] = value;
    } else if (FOLLOW_WIDTH.has(key)) {
      out[key] = round(value * scaleX, 0.01);
    } else if (FOLLOW_HEIGHT.has(key)) {
      out[key] = round(value * scaleY, 0.01);
    } else if (key.endsWith('Pt')) {
      out[key] = Math.max(MIN_PT, round(value * scaleBoth, 0.5));
    } else {
      out[key] = round(value * scaleBoth, 0.01);
    }
  }
  return out;
}

/**
 * The document for a printer of another resolution: sizes given in dots (a barcode's module
 * width) become the same size in millimetres at `dpi`, never less than one dot.
 */
export function convertDots(doc: Json, dpi: number): Json {
  const label = doc.label as Json;
  const designDpi = (label.dpi as number | undefined) ?? 203;
  if (designDpi === dpi) return doc;
  const elements = Array.isArray(doc.elements)
    ? doc.elements.map((el: Json) => Object.fromEntries(Object.entries(el).map(([key, value]) => [key, typeof value === 'number' && key.endsWith('Dots') ? Math.max(1, Math.round((value * dpi) / designDpi)) : value])))
    : doc.elements;
  return { ...doc, label: { ...label, dpi }, elements };
}

/** The document at `widthMm` x `heightMm`, its elements moved and resized to match. */
export function scaleDocument(doc: Json, widthMm: number, heightMm: number): Json {
  const label = doc.label as Json;
  const scaleX = widthMm / (label.widthMm as number);
  const scaleY = heightMm / (label.heightMm as number);
  if (scaleX === 1 && scaleY === 1) return doc;
  const elements = Array.isArray(doc.elements) ? doc.elements.map((el: Json) => scaleFields(el, scaleX, scaleY)) : doc.elements;
  return { ...doc, label: { ...label, widthMm, heightMm }, elements };
}
