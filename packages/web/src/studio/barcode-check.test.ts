import { describe, expect, it } from 'vitest';
import { checkBarcodePayload } from './barcode-check';

describe('live barcode payload check', () => {
  it('reports the engine\'s message for a payload the symbology cannot encode', () => {
    expect(checkBarcodePayload({ symbology: 'ean13', data: '12345' }, {}, {})).toMatch(/EAN-13/);
    expect(checkBarcodePayload({ symbology: 'ean13', data: '590123412345' }, {}, {})).toBeUndefined();
  });

  it('checks data fields with their sample values, and leaves variables to print time', () => {
    expect(checkBarcodePayload({ symbology: 'ean13', data: '{{gtin}}' }, {}, { gtin: '590123412345' })).toBeUndefined();
    expect(checkBarcodePayload({ symbology: 'ean13', data: '{{gtin}}' }, {}, {})).toMatch(/EAN-13/);
    expect(checkBarcodePayload({ symbology: 'ean13', data: '{{n}}' }, { n: { kind: 'serial', start: 1, step: 1, padTo: 0, per: 'label', prefix: '', suffix: '' } }, {})).toBeUndefined();
  });
});
