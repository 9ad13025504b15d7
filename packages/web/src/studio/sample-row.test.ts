import { describe, expect, it } from 'vitest';
import { makeDocument } from '../editor/testing/make-document';
import { buildSampleRow, collectFieldNames } from './sample-row';

const doc = makeDocument(
  [
    { type: 'text', xMm: 0, yMm: 0, widthMm: 30, heightMm: 8, text: 'Ship to {{ name }}, {{city}} on {{date}}' },
    { type: 'barcode', xMm: 0, yMm: 10, widthMm: 40, heightMm: 15, symbology: 'code128', data: '{{tracking}}' },
    { type: 'rect', xMm: 0, yMm: 30, widthMm: 10, heightMm: 10, name: '{{not a field}}' },
  ],
  {},
  { date: { kind: 'date' } },
);

describe('sample data while designing', () => {
  it('finds the data fields in the fields each kind fills from data, not variables or names', () => {
    expect(collectFieldNames(doc)).toEqual(['name', 'city', 'tracking']);
  });

  it('shows the user\'s sample value, else the field\'s own name', () => {
    expect(buildSampleRow(doc, { city: 'Hull', stale: 'x' })).toEqual({ name: 'name', city: 'Hull', tracking: 'tracking' });
  });
});
