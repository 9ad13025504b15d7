import { findElementKind, InklessError, type DateVariable, type LabelDocument, type LabelElement, type SerialVariable, type VariableDef } from '@inkless/label';
import { roundMm, type RectMm } from './geometry';

/** What a template returns: the element's own fields, and any document variables it needs. */
export interface TemplateOutput {
  /** `type` and the content fields; the kind's schema fills every other default. */
  readonly fields: { readonly type: string } & Readonly<Record<string, unknown>>;
  readonly variables?: Readonly<Record<string, VariableDef>>;
}

/**
 * One entry of the creation toolbar. Several templates may make the same kind (barcode and QR
 * are both `barcode` elements; date and serial are text showing a new variable).
 */
export interface ElementTemplate {
  readonly id: string;
  readonly label: string;
  /** The single key that arms this creation tool. */
  readonly key: string;
  /** The box a click (rather than a drag) creates. */
  readonly defaultSizeMm: { readonly widthMm: number; readonly heightMm: number };
  /** The new element opens for typing on the canvas, its placeholder text selected so typing replaces it. */
  readonly startsEditing?: boolean;
  /** Drawn boxes stay square, as QR codes are. */
  readonly square?: boolean;
  create(doc: LabelDocument, rectMm: RectMm): TemplateOutput;
}

/** A variable name not yet used by the document: date, date2, date3, ... */
function allocateVariableName(doc: LabelDocument, base: string): string {
  let name = base;
  for (let n = 2; Object.hasOwn(doc.variables, name); n++) name = `${base}${n}`;
  return name;
}

/** A 16x16 crossed box: a valid PNG that says "choose a picture" until the user does. */
const PLACEHOLDER_IMAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAAAAAA6mKC9AAAAQElEQVR4XmPAAv4jATAfSQTIASmAi4DYYB1QETATYgQSATUTrhFuCYLGIYCuBd1QmHKYAJQPdxicDxLB5jk0AADs+KdZu4zangAAAABJRU5ErkJggg==';

// Variables are written with every default filled in, as validateDocument would leave them.
const TODAY: DateVariable = { kind: 'date', format: 'YYYY-MM-DD', offset: { years: 0, months: 0, days: 0, hours: 0, minutes: 0 } };
const COUNTER: SerialVariable = { kind: 'serial', start: 1, step: 1, padTo: 0, per: 'label', prefix: '', suffix: '' };

const templateList: readonly ElementTemplate[] = [
  { id: 'text', label: 'Text', key: 'T', startsEditing: true, defaultSizeMm: { widthMm: 30, heightMm: 8 }, create: () => ({ fields: { type: 'text', text: 'Text' } }) },
  {
    id: 'barcode', label: 'Barcode', key: 'B', defaultSizeMm: { widthMm: 40, heightMm: 15 },
    create: () => ({ fields: { type: 'barcode', symbology: 'code128', data: '12345678' } }),
  },
  {
    id: 'qr', label: 'QR code', key: 'Q', square: true, defaultSizeMm: { widthMm: 20, heightMm: 20 },
    create: () => ({ fields: { type: 'barcode', symbology: 'qrcode', data: 'https://example.com' } }),
  },
  { id: 'image', label: 'Image', key: 'I', defaultSizeMm: { widthMm: 20, heightMm: 20 }, create: () => ({ fields: { type: 'image', src: PLACEHOLDER_IMAGE } }) },
  {
    id: 'line', label: 'Line', key: 'L', defaultSizeMm: { widthMm: 30, heightMm: 1 },
    // A tall drawn box makes a vertical line, a wide one a horizontal line.
    create: (_doc, rect) => ({ fields: { type: 'line', direction: rect.heightMm > rect.widthMm ? 'vertical' : 'horizontal' } }),
  },
  { id: 'rect', label: 'Rectangle', key: 'R', defaultSizeMm: { widthMm: 30, heightMm: 20 }, create: () => ({ fields: { type: 'rect' } }) },
  { id: 'ellipse', label: 'Ellipse', key: 'E', defaultSizeMm: { widthMm: 20, heightMm: 20 }, create: () => ({ fields: { type: 'ellipse' } }) },
  {
    id: 'date', label: 'Date', key: 'D', defaultSizeMm: { widthMm: 30, heightMm: 8 },
    create(doc) {
      const name = allocateVariableName(doc, 'date');
      return { fields: { type: 'text', text: `{{${name}}}` }, variables: { [name]: TODAY } };
    },
  },
  {
    id: 'serial', label: 'Serial number', key: 'N', defaultSizeMm: { widthMm: 30, heightMm: 8 },
    create(doc) {
      const name = allocateVariableName(doc, 'serial');
      return { fields: { type: 'text', text: `{{${name}}}` }, variables: { [name]: COUNTER } };
    },
  },
  // A data column: filled from each row of the data the label is printed with.
  { id: 'field', label: 'Data field', key: 'F', defaultSizeMm: { widthMm: 30, heightMm: 8 }, create: () => ({ fields: { type: 'text', text: '{{field}}' } }) },
];

/** The creation tools, by id. Adding one means adding an entry here; no other editor code changes. */
export const elementTemplates: ReadonlyMap<string, ElementTemplate> = new Map(templateList.map((t) => [t.id, t]));

/**
 * Makes a template's element in a box, with the element kind's own defaults (its schema fills
 * them), and returns the document variables it needs. A template whose fields its kind rejects
 * is a bug in this file, hence the throw.
 */
export function instantiateTemplate(template: ElementTemplate, doc: LabelDocument, rectMm: RectMm, id: string): { element: LabelElement; variables: Readonly<Record<string, VariableDef>> } {
  const { fields, variables = {} } = template.create(doc, rectMm);
  const kind = findElementKind(fields.type);
  const raw = { ...fields, id, xMm: roundMm(rectMm.xMm), yMm: roundMm(rectMm.yMm), widthMm: roundMm(rectMm.widthMm), heightMm: roundMm(rectMm.heightMm) };
  const parsed = kind?.schema.safeParse(raw);
  if (!parsed?.success) {
    throw new InklessError('INKLESS_DOC_INVALID', `the "${template.id}" template makes an element its kind rejects: ${parsed?.error.message ?? `no kind "${fields.type}"`}`, { path: 'elements' });
  }
  return { element: parsed.data as LabelElement, variables };
}
