import { describe, expect, it } from 'vitest';
import { hasValidGs1CheckDigit } from './check-digit';
import { validateBarcode } from './encode-barcode';
import { GENERIC_SAMPLE, sampleBarcodePayload } from './sample-payload';
import { FIRST_CLASS_SYMBOLOGIES } from './symbologies';

describe('sample payloads for symbologies', () => {
  it.each(FIRST_CLASS_SYMBOLOGIES.map((s) => s.id))('gives %s data it encodes without issues', (symbology) => {
    expect(validateBarcode({ symbology, data: sampleBarcodePayload(symbology) })).toEqual([]);
  });

  it('gives the GS1 retail codes their full length with a correct check digit', () => {
    const lengths: Record<string, number> = { ean13: 13, ean8: 8, upca: 12, itf14: 14 };
    for (const [symbology, length] of Object.entries(lengths)) {
      const data = sampleBarcodePayload(symbology);
      expect(data, symbology).toMatch(new RegExp(`^\\d{${length}}$`));
      expect(hasValidGs1CheckDigit(data), symbology).toBe(true);
    }
    expect(sampleBarcodePayload('ean13')).toBe('4006381333931');
  });

  it('falls back to plain digits for a symbology it has no sample for', () => {
    expect(sampleBarcodePayload('interleaved2of5')).toBe(GENERIC_SAMPLE);
    expect(validateBarcode({ symbology: 'interleaved2of5', data: GENERIC_SAMPLE })).toEqual([]);
  });
});
