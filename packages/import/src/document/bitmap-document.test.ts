import { FontSet, renderLabel, validateDocument } from '@inkless/label';
import { makeNoiseBitmap, makeShippingLabelBitmap } from '@inkless/label/output';
import { describe, expect, it } from 'vitest';
import { bitmapDocument } from './bitmap-document';
import { encodeBase64 } from './encode-base64';

const env = { fonts: new FontSet() };

describe('bitmapDocument', () => {
  it.each([
    { what: 'a 4 x 6 in shipping label at 203 dpi', bitmap: makeShippingLabelBitmap(), dpi: 203 },
    { what: 'noise of an odd width at 300 dpi', bitmap: makeNoiseBitmap(601, 397, 7), dpi: 300 },
    { what: 'noise at 600 dpi', bitmap: makeNoiseBitmap(1203, 301, 11), dpi: 600 },
  ])('is a valid document, with every default filled in, that renders to exactly the same dots: $what', ({ bitmap, dpi }) => {
    const doc = bitmapDocument(bitmap, { name: 'page 1', dpi });
    const checked = validateDocument(doc);
    expect(checked.ok && checked.value).toEqual(doc);
    const rendered = renderLabel(doc, env);
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    const out = rendered.value.bitmap;
    expect([out.width, out.height]).toEqual([bitmap.width, bitmap.height]);
    expect(Buffer.from(out.data).equals(Buffer.from(bitmap.data))).toBe(true);
  });
});

describe('encodeBase64', () => {
  it('agrees with Node for every length remainder and every byte value', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 256, 5000, 12_289]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 73 + 19) & 0xff);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
