import { hashBitmap, renderLabel, validateBarcode, type Bitmap1 } from '@inkless/label';
import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the one Node font loader.
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { makeDocument } from '../editor/testing/make-document';
import { buildDesignInstance, buildSampleRow, collectFieldNames, SAMPLE_DATE } from './sample-row';

const doc = makeDocument(
  [
    { type: 'text', xMm: 0, yMm: 0, widthMm: 30, heightMm: 8, text: 'Ship to {{ name }}, {{city}} on {{date}}' },
    { type: 'barcode', xMm: 0, yMm: 10, widthMm: 40, heightMm: 15, symbology: 'code128', data: 'T-{{tracking}}' },
    { type: 'rect', xMm: 0, yMm: 30, widthMm: 10, heightMm: 10, name: '{{not a field}}' },
  ],
  {},
  { date: { kind: 'date' } },
);

const retail = makeDocument([
  { type: 'text', xMm: 0, yMm: 0, widthMm: 40, heightMm: 6, text: 'EAN {{ean}} best before {{best_before}}' },
  { type: 'barcode', xMm: 2, yMm: 8, widthMm: 45, heightMm: 20, symbology: 'ean13', data: '{{ean}}' },
  { type: 'barcode', xMm: 50, yMm: 8, widthMm: 45, heightMm: 20, symbology: 'upca', data: '{{ upc }}' },
  { type: 'barcode', xMm: 2, yMm: 55, widthMm: 20, heightMm: 20, symbology: 'qrcode', data: '{{link}}' },
  { type: 'barcode', xMm: 2, yMm: 32, widthMm: 90, heightMm: 20, symbology: 'itf14', data: '{{carton}}' },
], { widthMm: 100, heightMm: 80 });

function countInk(bitmap: Bitmap1): number {
  let ink = 0;
  for (const byte of bitmap.data) for (let b = byte; b; b &= b - 1) ink++;
  return ink;
}

describe('sample data while designing', () => {
  it('finds the data fields in the fields each kind fills from data, not variables or names', () => {
    expect(collectFieldNames(doc)).toEqual(['name', 'city', 'tracking']);
  });

  it('shows the user\'s sample value, else the field\'s own name', () => {
    expect(buildSampleRow(doc, { city: 'Hull', stale: 'x' })).toEqual({ name: 'name', city: 'Hull', tracking: 'tracking' });
  });

  it('gives a field that is a barcode\'s whole data a payload valid for its symbology, and a date field a date', () => {
    const row = buildSampleRow(retail, {});
    expect(row['ean']).toMatch(/^\d{13}$/);
    expect(row['upc']).toMatch(/^\d{12}$/);
    expect(row['carton']).toMatch(/^\d{14}$/);
    expect(validateBarcode({ symbology: 'ean13', data: row['ean']! })).toEqual([]);
    expect(validateBarcode({ symbology: 'upca', data: row['upc']! })).toEqual([]);
    expect(validateBarcode({ symbology: 'itf14', data: row['carton']! })).toEqual([]);
    expect(row['best_before']).toBe(SAMPLE_DATE);
    // A symbology that encodes the field's name shows the name, as before.
    expect(row['link']).toBe('link');
    // The user's own sample value still wins.
    expect(buildSampleRow(retail, { ean: '5012345678900' })['ean']).toBe('5012345678900');
  });

  it('lets the engine draw a {{ean}} barcode with no data loaded: no issues, and ink in its box', () => {
    const r = renderLabel(retail, { fonts: loadBundledFonts() }, buildDesignInstance(retail, {}, 0));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(countInk(r.value.bitmap)).toBeGreaterThan(1000);
    const withoutBarcodes = makeDocument([retail.elements[0]!]);
    const textOnly = renderLabel(withoutBarcodes, { fonts: loadBundledFonts() }, buildDesignInstance(withoutBarcodes, {}, 0));
    if (!textOnly.ok) throw new Error(JSON.stringify(textOnly.issues));
    expect(hashBitmap(r.value.bitmap)).not.toBe(hashBitmap(textOnly.value.bitmap));
  });
});
