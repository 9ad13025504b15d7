import { describe, expect, it } from 'vitest';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { validateDocument } from '../document/validate-document';
import { compileLabel } from './compile-label';

const fonts = loadBundledFonts();

/** Small deterministic generator (mulberry32), so a failing layout can be rebuilt from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A layout of varying text and barcodes among static shapes: aligned, unaligned, overlapping, rotated, inverse. */
function randomElements(next: () => number): object[] {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  // Whole millimetres start on a byte at 203 dpi (1 mm = 8 dots up to 62 mm); halves do not.
  const x = () => Math.floor(next() * 30) + (next() < 0.25 ? 0.5 : 0);
  const y = () => Math.floor(next() * 30);
  const base = () => ({ xMm: x(), yMm: y(), rotation: next() < 0.15 ? pick([90, 180, 270]) : 0, inverse: next() < 0.1 });
  const makers = [
    () => ({ ...base(), type: 'text', widthMm: 10 + Math.floor(next() * 30), heightMm: 4 + Math.floor(next() * 8), text: '{{name}}', fontSizePt: pick([6, 9, 12]), shrinkToFit: next() < 0.5, wrap: next() < 0.5 }),
    () => ({ ...base(), type: 'barcode', widthMm: 45, heightMm: 14, symbology: 'code128', data: '{{code}}' }),
    () => ({ ...base(), type: 'barcode', widthMm: 22, heightMm: 22, symbology: 'qrcode', data: 'https://example.com/{{code}}' }),
    () => ({ ...base(), type: 'barcode', widthMm: 80, heightMm: 16, symbology: 'itf14', data: '{{gtin}}' }),
    () => ({ ...base(), type: 'barcode', widthMm: 40, heightMm: 20, symbology: 'ean13', data: '{{ean}}' }),
    () => ({ ...base(), type: 'barcode', widthMm: 14, heightMm: 14, symbology: 'datamatrix', data: '{{code}}' }),
    () => ({ ...base(), type: 'rect', widthMm: 3 + Math.floor(next() * 20), heightMm: 2 + Math.floor(next() * 10), fill: true }),
    () => ({ ...base(), type: 'text', widthMm: 20, heightMm: 6, text: 'STATIC', fontSizePt: 10 }),
  ];
  return Array.from({ length: 2 + Math.floor(next() * 6) }, () => pick(makers)());
}

const row = (i: number) => ({ name: `Ada Lovelace ${i} Wharf Road`, code: `PKG${1000 + i}X`, gtin: '1540014128876', ean: '590123412345' });

describe('drawing elements straight onto the label', () => {
  it('gives the same dots as drawing each element into a bitmap of its own, on 300 random layouts', () => {
    let onLabel = 0;
    let dynamic = 0;
    let rendered = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const parsed = validateDocument({ schemaVersion: 2, label: { widthMm: 100, heightMm: 60, dpi: 203 }, elements: randomElements(next) });
      if (!parsed.ok) throw new Error(`seed ${seed}: ${JSON.stringify(parsed.issues)}`);
      const direct = compileLabel(parsed.value, { fonts });
      const separate = compileLabel(parsed.value, { fonts, drawOnLabel: false });
      expect(separate.drawnOnLabel).toEqual([]);
      onLabel += direct.drawnOnLabel.length;
      dynamic += parsed.value.elements.filter((e) => JSON.stringify(e).includes('{{')).length;
      for (let i = 0; i < 3; i++) {
        const a = direct.render({ row: row(i) });
        const b = separate.render({ row: row(i) });
        expect(a.ok, `seed ${seed}`).toBe(b.ok);
        if (!a.ok || !b.ok) continue;
        rendered++;
        expect(Buffer.from(a.value.bitmap.data).equals(Buffer.from(b.value.bitmap.data)), `seed ${seed} row ${i}`).toBe(true);
        expect(a.value.warnings).toEqual(b.value.warnings);
      }
    }
    // The comparison means something only if both ways were taken often (about 1 varying element in 7 here).
    expect(onLabel).toBeGreaterThan(100);
    expect(onLabel).toBeLessThan(dynamic);
    expect(rendered).toBeGreaterThan(400); // the others fail alike in both ways (a barcode too big for a turned box...)
  });

  it('keeps the ink beside a box drawn on the label', () => {
    const parsed = validateDocument({ schemaVersion: 2, label: { widthMm: 100, heightMm: 50, dpi: 203 }, elements: [
      { type: 'ellipse', xMm: 0, yMm: 0, widthMm: 4.6, heightMm: 50, fill: true },
      { type: 'ellipse', xMm: 85.4, yMm: 0, widthMm: 14, heightMm: 50, fill: true },
      { type: 'barcode', xMm: 5, yMm: 2, widthMm: 45, heightMm: 14, symbology: 'code128', data: '{{code}}' },
      { type: 'barcode', xMm: 5, yMm: 18, widthMm: 80, heightMm: 16, symbology: 'itf14', data: '{{gtin}}' },
      { type: 'barcode', xMm: 15, yMm: 35, widthMm: 14, heightMm: 14, symbology: 'qrcode', data: '{{code}}' },
      { type: 'text', xMm: 30, yMm: 35, widthMm: 20, heightMm: 8, text: '{{name}}', wrap: true },
    ] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const direct = compileLabel(parsed.value, { fonts });
    expect(direct.drawnOnLabel).toEqual(['elements[2]', 'elements[3]', 'elements[4]', 'elements[5]']);
    const a = direct.render({ row: row(1) });
    const b = compileLabel(parsed.value, { fonts, drawOnLabel: false }).render({ row: row(1) });
    expect(a.ok && b.ok && Buffer.from(a.value.bitmap.data).equals(Buffer.from(b.value.bitmap.data))).toBe(true);
  });

  it('draws a varying element on the label only when nothing before it touches the bytes of its box', () => {
    const doc = (elements: object[]) => {
      const parsed = validateDocument({ schemaVersion: 2, label: { widthMm: 60, heightMm: 50, dpi: 203 }, elements });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      return compileLabel(parsed.value, { fonts });
    };
    const text = { type: 'text', xMm: 5, yMm: 5, widthMm: 20, heightMm: 6, text: '{{name}}' };
    expect(doc([text]).drawnOnLabel).toEqual(['elements[0]']);
    expect(doc([{ ...text, xMm: 5.5 }]).drawnOnLabel).toEqual([]); // not on a byte
    expect(doc([{ ...text, rotation: 90 }]).drawnOnLabel).toEqual([]);
    expect(doc([{ ...text, inverse: true }]).drawnOnLabel).toEqual([]);
    expect(doc([{ ...text, text: 'no variables' }]).drawnOnLabel).toEqual([]); // drawn once and reused instead
    expect(doc([{ ...text, xMm: 50 }]).drawnOnLabel).toEqual([]); // hangs over the right edge
    // A shape ending 1 dot into the text box's first byte row comes first: the text gets a bitmap of its own.
    expect(doc([{ type: 'rect', xMm: 0, yMm: 0, widthMm: 5.1, heightMm: 6 }, text]).drawnOnLabel).toEqual([]);
    // The same shape after the text does not matter: it is drawn on top either way.
    expect(doc([text, { type: 'rect', xMm: 0, yMm: 0, widthMm: 5.1, heightMm: 6 }]).drawnOnLabel).toEqual(['elements[0]']);
  });
});
