import { describe, expect, it } from 'vitest';
import { prepareLabels, sourceDpiFor } from '../../src/index';
import { decodeSymbolsWithZxing, loadPdfEngine } from '../../src/node';
import { measureLinear } from '../../src/page/snap-linear';
import { makeCarrierPdf } from '../support/carrier-pdf';

const STOCK = { widthDots: 812, heightDots: 1218, dpi: 203 };

describe('snapping a Code 128 holds every character to 11 modules', () => {
  // Page 19 of this file has a Code 128 whose runs, read on the 406 dpi page, once gave a module
  // width a third too small and 207 modules in all (no Code 128 has that many): snapped, it no
  // longer decoded. Its characters pin the module count (11 each, the stop 13).
  it('measures 13 characters and the stop (156 modules) and the label keeps the symbol', async () => {
    const { bytes, pages } = makeCarrierPdf({ pages: 20 });
    const pdf = (await loadPdfEngine()).open(bytes);
    try {
      const dpi = sourceDpiFor(STOCK);
      const grey = pdf.renderPage(18, dpi);
      const symbols = await decodeSymbolsWithZxing(grey);
      const code128 = symbols.find((s) => s.format === 'Code128')!;
      expect(code128.text).toBe(pages[18]!.labels[0]!.code128);
      const measured = measureLinear(grey, code128.box, 128, code128.format)!;
      expect(measured.modules.reduce((a, b) => a + b, 0)).toBe(156);
      expect(measured.moduleWidth).toBeCloseTo(4, 1);
      const labels = [];
      for await (const label of prepareLabels([{ pageNumber: 19, grey, dpi }], { stock: STOCK, decode: decodeSymbolsWithZxing })) labels.push(label);
      expect(labels).toHaveLength(1);
      expect(labels[0]!.barcodes.ok).toBe(true);
      expect(labels[0]!.barcodes.after.map((s) => s.text).sort()).toEqual(labels[0]!.barcodes.before.map((s) => s.text).sort());
    } finally {
      pdf.close();
    }
  });
});
