import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blit, createBitmap, hashBitmap } from '../bitmap/bitmap1';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { encodeBarcode } from './encode-barcode';
import { drawSymbol, measureSymbolDots, rasterizeSymbol } from './rasterize-symbol';

const fonts = loadBundledFonts();
const requests = [
  { symbology: 'code128', data: 'PAFLXNR45QZJ' },
  { symbology: 'ean13', data: '590123412345' }, // guard bars reach into the digit groups
  { symbology: 'itf14', data: '1540014128876' }, // bearer frame
  { symbology: 'qrcode', data: 'https://track.example.com/parcel/PAFLXNR45QZJ' },
];

describe('drawSymbol', () => {
  it('draws into a box exactly what rasterizeSymbol draws, blitted at the same x', () => {
    const symbols = requests.map((r) => {
      const encoded = encodeBarcode(r);
      if (!encoded.ok) throw new Error(r.symbology);
      return encoded.value;
    });
    fc.assert(fc.property(fc.nat(symbols.length - 1), fc.integer({ min: 1, max: 4 }), fc.integer({ min: -20, max: 40 }), fc.boolean(), (k, moduleDots, x, text) => {
      const symbol = symbols[k]!;
      const options = { moduleDots, barHeightDots: 30, ...(text ? { hrt: { fonts, family: 'DejaVu Sans', sizeDots: 16 }, hrtText: 'HRT 123' } : {}) };
      const alone = rasterizeSymbol(symbol, options);
      expect(measureSymbolDots(symbol, options)).toEqual({ width: alone.width, height: alone.height });
      const blitted = createBitmap(alone.width + 60, alone.height + 5);
      blit(blitted, alone, x, 0);
      const drawn = createBitmap(alone.width + 60, alone.height + 5);
      drawSymbol(drawn, x, symbol, options);
      expect(hashBitmap(drawn)).toBe(hashBitmap(blitted));
    }), { numRuns: 60 });
  });
});
