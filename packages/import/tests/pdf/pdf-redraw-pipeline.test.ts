// A PDF page that redraws itself (pdfSourcePage: drawn whole at half the printer's dpi to find the
// label, the label drawn by PDFium straight at the printer's dots, symbols read on the region drawn
// again at the source dpi) gives what the old way gave (the whole page drawn at twice the printer's
// dpi, cut, turned and averaged in JS): the region within a dot, every barcode read before and after.
import { describe, expect, it } from 'vitest';
import { findLabelRegions, findPageRegions, pdfSourcePage, prepareLabels, sourceDpiFor, type PreparedLabel, type SourcePage, type Stock } from '../../src/index';
import { decodeSymbolsWithZxing, loadPdfEngine } from '../../src/node';
import { makeCarrierPdf, type CarrierPdfOptions } from '../support/carrier-pdf';

const engine = await loadPdfEngine();

const STOCKS: readonly Stock[] = [
  { widthDots: 812, heightDots: 1218, dpi: 203 },
  { widthDots: 1200, heightDots: 1800, dpi: 300 },
];

const CASES: readonly { name: string; options: CarrierPdfOptions }[] = [
  { name: 'Letter, one turned 4x6, vector', options: { paper: 'letter', layout: 'top-half', form: 'vector' } },
  { name: 'Letter, one turned 4x6, image', options: { paper: 'letter', layout: 'top-half', form: 'image' } },
  { name: 'A4, two labels, vector', options: { paper: 'a4', layout: 'halves', form: 'vector' } },
];

async function labelsOf(pages: SourcePage[], stock: Stock): Promise<PreparedLabel[]> {
  const out: PreparedLabel[] = [];
  for await (const label of prepareLabels(pages, { stock, decode: decodeSymbolsWithZxing })) out.push(label);
  return out;
}

/** Share of dots that differ between two bitmaps of one size. */
function differing(a: PreparedLabel['bitmap'], b: PreparedLabel['bitmap']): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i++) for (let v = a.data[i]! ^ b.data[i]!; v; v &= v - 1) n++;
  return n / (a.width * a.height);
}

describe('a PDF page that redraws itself', () => {
  for (const stock of STOCKS) {
    it.each(CASES)(`$name at ${stock.dpi} dpi: same regions within a dot, every barcode read before and after`, async ({ options }) => {
      const carrier = makeCarrierPdf(options);
      const pdf = engine.open(carrier.bytes);
      try {
        const fast = pdfSourcePage(pdf, 0, stock);
        expect(fast.dpi).toBe(stock.dpi / 2);
        const sourceDpi = sourceDpiFor(stock);
        const old: SourcePage = { pageNumber: 1, grey: pdf.renderPage(0, sourceDpi), dpi: sourceDpi };
        // Regions, in printer dots: the redraw's sharpened edges against the fine render's.
        const dots = (v: number, dpi: number): number => (v * stock.dpi) / dpi;
        const mine = findPageRegions(fast, stock);
        const theirs = findLabelRegions(old.grey, old.dpi);
        expect(mine.map((r) => r.found)).toEqual(theirs.map((r) => r.found));
        mine.forEach((r, i) => {
          const t = theirs[i]!;
          for (const [a, b] of [[r.x, t.x], [r.y, t.y], [r.x + r.width, t.x + t.width], [r.y + r.height, t.y + t.height]] as const) {
            expect(Math.abs(dots(a, fast.dpi) - dots(b, old.dpi))).toBeLessThanOrEqual(1);
          }
        });
        const [now, before] = [await labelsOf([fast], stock), await labelsOf([old], stock)];
        expect(now).toHaveLength(carrier.pages[0]!.labels.length);
        now.forEach((label, i) => {
          const truth = carrier.pages[0]!.labels[i]!;
          const texts = (list: readonly { text: string }[]): string[] => list.map((s) => s.text).sort();
          expect(texts(label.barcodes.before)).toEqual([truth.code128, truth.pdf417].sort());
          expect(texts(label.barcodes.after)).toEqual([truth.code128, truth.pdf417].sort());
          expect(label.barcodes.ok).toBe(true);
          expect(label.rotation).toBe(before[i]!.rotation);
          expect([label.bitmap.width, label.bitmap.height]).toEqual([stock.widthDots, stock.heightDots]);
          // The same label but for antialiased edges drawn once instead of averaged down: under 3 % of dots.
          expect(differing(label.bitmap, before[i]!.bitmap)).toBeLessThan(0.03);
        });
      } finally {
        pdf.close();
      }
    });
  }
});
