import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashBitmap, renderLabel, validateDocument, type FontSet } from '../src/index';
import { loadBundledFonts } from '../../cli/src/fonts/load-bundled-fonts';

// Random documents: every element kind with random (often wrong) fields. Whatever comes in, the
// engine answers with a result or issues with codes; it never throws, and it is deterministic.
const fonts: FontSet = loadBundledFonts();

const mm = fc.double({ min: -20, max: 120, noNaN: true });
const size = fc.double({ min: 0.1, max: 60, noNaN: true });
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('{{a}}', 'Hello {{b}}', '牛奶 Молоко', '', '{{', '12345678901'));
const base = fc.record({ xMm: mm, yMm: mm, widthMm: size, heightMm: size, rotation: fc.constantFrom(0, 90, 180, 270), inverse: fc.boolean() });

const element = fc.oneof(
  fc.tuple(base, text, fc.double({ min: 1, max: 40, noNaN: true }), fc.boolean(), fc.constantFrom('left', 'center', 'right', 'justify')).map(([b, t, pt, shrink, align]) => ({ ...b, type: 'text', text: t, fontSizePt: pt, shrinkToFit: shrink, align })),
  fc.tuple(base, fc.constantFrom('code128', 'ean13', 'qrcode', 'datamatrix', 'code39', 'upca', 'gs1-128', 'pdf417', 'nonsense'), text).map(([b, symbology, data]) => ({ ...b, type: 'barcode', symbology, data })),
  fc.tuple(base, fc.boolean(), fc.double({ min: 0, max: 5, noNaN: true })).map(([b, fill, r]) => ({ ...b, type: 'rect', fill, cornerRadiusMm: r })),
  base.map((b) => ({ ...b, type: 'ellipse' })),
  fc.tuple(base, fc.constantFrom('horizontal', 'vertical', 'down', 'up')).map(([b, direction]) => ({ ...b, type: 'line', direction })),
  fc.tuple(base, fc.constantFrom('data:image/png;base64,iVBORw0KGgo=', 'data:image/jpeg;base64,/9j/', 'not a uri')).map(([b, src]) => ({ ...b, type: 'image', src })),
  fc.anything({ maxDepth: 2 }),
);

const documentArb = fc.record({
  schemaVersion: fc.constant(2),
  label: fc.record({ widthMm: fc.double({ min: 5, max: 110, noNaN: true }), heightMm: fc.double({ min: 5, max: 110, noNaN: true }), dpi: fc.constantFrom(203, 300) }),
  elements: fc.array(element, { maxLength: 6 }),
});

describe('rendering random documents', () => {
  it('never throws, and gives coded issues or a bitmap of the label size', () => {
    fc.assert(
      fc.property(documentArb, fc.dictionary(fc.constantFrom('a', 'b'), fc.string({ maxLength: 20 })), (raw, row) => {
        const doc = validateDocument(raw);
        if (!doc.ok) {
          for (const issue of doc.issues) expect(issue.code).toMatch(/^INKLESS_[A-Z]+_/);
          return;
        }
        const r = renderLabel(doc.value, { fonts }, { row, nowMs: 0 });
        if (!r.ok) {
          for (const issue of r.issues) {
            expect(issue.code).toMatch(/^INKLESS_[A-Z]+_/);
            expect(issue.path).toMatch(/^(elements\[\d+\]|$)/);
          }
          return;
        }
        expect(r.value.bitmap.width).toBe(Math.round((doc.value.label.widthMm * doc.value.label.dpi) / 25.4));
        const again = renderLabel(doc.value, { fonts }, { row, nowMs: 0 });
        expect(again.ok && hashBitmap(again.value.bitmap)).toBe(hashBitmap(r.value.bitmap));
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
