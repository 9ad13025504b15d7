import { validateBarcode } from '@inkless/label';
import { describe, expect, it } from 'vitest';
import { symbologyChoices } from './symbologies';

describe('the symbology picker', () => {
  it.each(symbologyChoices.map((s) => s.id))('offers %s, which the engine knows', (id) => {
    const codes = validateBarcode({ symbology: id, data: '1' }).map((i) => i.code);
    expect(codes).not.toContain('INKLESS_BARCODE_SYMBOLOGY_UNKNOWN');
  });

  it('would notice an id the engine does not know', () => {
    expect(validateBarcode({ symbology: 'no-such-code', data: '1' }).map((i) => i.code)).toContain('INKLESS_BARCODE_SYMBOLOGY_UNKNOWN');
  });
});
