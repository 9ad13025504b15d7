import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../errors/issue';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { parseDocument, validateDocument } from './validate-document';

const rect = { type: 'rect', xMm: 1, yMm: 1, widthMm: 10, heightMm: 5 };
const doc = (over: Record<string, unknown> = {}) => ({ schemaVersion: 2, label: { widthMm: 50, heightMm: 30 }, elements: [rect], ...over });

function issuesOf(input: unknown): string[] {
  const r = validateDocument(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code} ${formatIssue(i)}`);
}

describe('validateDocument', () => {
  it('fills defaults', () => {
    const r = validateDocument(doc());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.label).toMatchObject({ dpi: 203, orientation: 0, media: { type: 'gap', gapMm: 3 }, marginsMm: { top: 0, left: 0 } });
    expect(r.value.elements[0]).toMatchObject({ rotation: 0, inverse: false, strokeMm: 0.5, fill: false });
  });

  it('names the field path of each problem', () => {
    expect(issuesOf(doc({ elements: [rect, { ...rect, widthMm: -1 }, { ...rect, rotation: 45 }] }))).toEqual([
      'INKLESS_DOC_INVALID elements[1].widthMm: widthMm must be more than 0 mm',
      'INKLESS_DOC_INVALID elements[2].rotation: rotation must be 0, 90, 180 or 270',
    ]);
  });

  it('rejects unknown fields, and says which', () => {
    expect(issuesOf(doc({ elements: [{ ...rect, colour: 'red' }] }))).toEqual(['INKLESS_DOC_UNKNOWN_FIELD elements[0].colour: unknown field "colour"']);
    expect(issuesOf({ ...doc(), role: 'admin' })).toEqual(['INKLESS_DOC_UNKNOWN_FIELD role: unknown field "role"']);
  });

  it('rejects unknown element types with the list of known ones', () => {
    const [issue] = issuesOf(doc({ elements: [{ ...rect, type: 'hologram' }] }));
    expect(issue).toMatch(/^INKLESS_DOC_INVALID elements\[0\]\.type: unknown element type "hologram" \(one of: .*rect/);
  });

  it('requires a schemaVersion and refuses newer ones', () => {
    expect(issuesOf({ label: { widthMm: 5, heightMm: 5 }, elements: [] })[0]).toMatch(/^INKLESS_DOC_VERSION schemaVersion: is required/);
    expect(issuesOf(doc({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }))[0]).toMatch(/newer than this Inkless/);
  });

  it('migrates version 1 documents (unitless names) forward', () => {
    const r = validateDocument({ schemaVersion: 1, label: { width: 40, height: 30 }, elements: [{ type: 'rect', x: 1, y: 2, w: 3, h: 4 }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(2);
    expect(r.value.label.widthMm).toBe(40);
    expect(r.value.elements[0]).toMatchObject({ xMm: 1, yMm: 2, widthMm: 3, heightMm: 4 });
  });

  it('refuses absurd sizes before allocating anything', () => {
    const [issue] = issuesOf(doc({ label: { widthMm: 2000, heightMm: 2000, dpi: 600 } }));
    expect(issue).toMatch(/^INKLESS_DOC_TOO_LARGE label: 2000 x 2000 mm at 600 dpi/);
    expect(issuesOf(doc({ label: { widthMm: 10_000, heightMm: 10_000, dpi: 600 } }))[0]).toMatch(/INKLESS_DOC_INVALID label.widthMm: widthMm must be at most 2000 mm/);
  });

  it('refuses a million elements quickly', () => {
    const elements = new Array(1_000_000).fill(rect);
    // The limit is checked on the raw value, before any schema work on a million elements.
    expect(issuesOf(doc({ elements }))).toEqual(['INKLESS_DOC_TOO_LARGE elements: a label may have at most 2000 elements, this one has 1000000']);
  }, 20_000);

  it('refuses deep nesting without a stack overflow', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(issuesOf(doc({ name: deep }))[0]).toMatch(/^INKLESS_DOC_TOO_LARGE .*nested more than/);
  });

  it('says a field of the wrong type has the wrong type, what it must be and what it got, never "is required"', () => {
    const text = { type: 'text', xMm: 1, yMm: 1, widthMm: 10, heightMm: 5, text: 'x' };
    const wrong = (over: Record<string, unknown>) => issuesOf(doc({ elements: [{ ...text, ...over }] }));
    expect(wrong({ fontSizePt: '16' })).toEqual(['INKLESS_DOC_INVALID elements[0].fontSizePt: fontSizePt must be a number of points, not the text "16"']);
    expect(wrong({ lineSpacing: true })).toEqual(['INKLESS_DOC_INVALID elements[0].lineSpacing: must be a number, not true']);
    expect(wrong({ bold: 'yes' })).toEqual(['INKLESS_DOC_INVALID elements[0].bold: must be true or false, not the text "yes"']);
    expect(wrong({ wrap: 1 })).toEqual(['INKLESS_DOC_INVALID elements[0].wrap: must be true or false, not the number 1']);
    expect(wrong({ align: 'middle' })).toEqual(['INKLESS_DOC_INVALID elements[0].align: must be one of "left", "center", "right", "justify", not the text "middle"']);
    expect(wrong({ verticalAlign: 2 })).toEqual(['INKLESS_DOC_INVALID elements[0].verticalAlign: must be one of "top", "middle", "bottom", not the number 2']);
    expect(wrong({ text: 5 })).toEqual(['INKLESS_DOC_INVALID elements[0].text: must be text, not the number 5']);
    expect(wrong({ fontFamily: ['Serif'] })).toEqual(['INKLESS_DOC_INVALID elements[0].fontFamily: must be text, not a list']);
    expect(wrong({ text: undefined })).toEqual(['INKLESS_DOC_INVALID elements[0].text: is required']);
    expect(issuesOf(doc({ variables: { n: { kind: 'serial', padTo: '3' } } }))).toEqual(['INKLESS_VAR_UNKNOWN variables.n.padTo: must be a number, not the text "3"']);
    expect(issuesOf(doc({ variables: { n: { kind: 'serial', padTo: 2.5 } } }))).toEqual(['INKLESS_VAR_UNKNOWN variables.n.padTo: must be a whole number, not the number 2.5']);
    expect(issuesOf(doc({ label: { widthMm: 50, heightMm: null } }))).toEqual(['INKLESS_DOC_INVALID label.heightMm: heightMm must be a number of millimetres, not null']);
  });

  it('bounds barcode data above every symbology, with the limit in the message', () => {
    const qr = (data: string) => doc({ elements: [{ type: 'barcode', symbology: 'qrcode', data, xMm: 1, yMm: 1, widthMm: 48, heightMm: 28 }] });
    expect(issuesOf(qr('1'.repeat(7089)))).toEqual([]);
    expect(issuesOf(qr('1'.repeat(8001)))).toEqual(['INKLESS_DOC_INVALID elements[0].data: data may have at most 8,000 characters; no barcode holds more']);
  });

  it('validates variables', () => {
    expect(issuesOf(doc({ variables: { bb: { kind: 'date', format: 'DD.MM.YYYY', offset: { days: 30 } } } }))).toEqual([]);
    expect(issuesOf(doc({ variables: { n: { kind: 'serial', step: 0 } } }))).toEqual(['INKLESS_VAR_UNKNOWN variables.n.step: step cannot be 0']);
    expect(issuesOf(doc({ variables: { '1x': { kind: 'text', value: '' } } }))[0]).toMatch(/^INKLESS_VAR_UNKNOWN variables.1x/);
  });

  it('never throws on random input (property)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), (value) => {
        const r = validateDocument(value);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.record({ schemaVersion: fc.constantFrom(1, 2, 3), label: fc.anything(), elements: fc.array(fc.anything(), { maxLength: 5 }) }), (value) => {
        const r = validateDocument(value);
        if (!r.ok) for (const issue of r.issues) expect(issue.code).toMatch(/^INKLESS_/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDocument', () => {
  it('reports the line and column of a JSON syntax error', () => {
    const r = parseDocument('{\n  "schemaVersion": 2,\n  "label": {,}\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.code).toBe('INKLESS_DOC_NOT_JSON');
    expect(r.issues[0]!.message).toMatch(/line 3, column 13/);
  });
});
