import { describe, expect, it } from 'vitest';
import { loadPdfEngine } from '../../src/node';
import { makeCarrierPdf } from '../support/carrier-pdf';
import { cropGrey, decodeGrey } from './grey-decode';

const engine = await loadPdfEngine();

describe('the PDF engine (PDFium in WebAssembly)', () => {
  it('counts pages and gives each page its displayed size and /Rotate', () => {
    for (const rotate of [0, 90, 180, 270] as const) {
      const { bytes } = makeCarrierPdf({ paper: 'a4', pages: 3, rotate });
      const pdf = engine.open(bytes);
      expect(pdf.pageCount).toBe(3);
      // The MediaBox of a /Rotate 90 page is landscape; as displayed it is the upright A4 page.
      const info = pdf.page(2);
      expect(info.rotation).toBe(rotate);
      expect(info.widthPt).toBeCloseTo(595.28, 1);
      expect(info.heightPt).toBeCloseTo(841.89, 1);
      pdf.close();
    }
  });

  it('renders the page as displayed: width and height follow /Rotate and the ink sits where the label is', () => {
    for (const rotate of [0, 90, 270] as const) {
      const { bytes, pages } = makeCarrierPdf({ paper: 'letter', rotate });
      const pdf = engine.open(bytes);
      const grey = pdf.renderPage(0, 50);
      expect([grey.width, grey.height]).toEqual([425, 550]);
      const label = pages[0]!.labels[0]!;
      const ink = inkBox(grey);
      const mm = (px: number): number => (px * 25.4) / 50;
      expect(Math.abs(mm(ink.x0) - label.xMm)).toBeLessThan(2);
      expect(Math.abs(mm(ink.y0) - label.yMm)).toBeLessThan(2);
      expect(Math.abs(mm(ink.x1) - (label.xMm + label.widthMm))).toBeLessThan(2);
      expect(Math.abs(mm(ink.y1) - (label.yMm + label.heightMm))).toBeLessThan(2);
      pdf.close();
    }
  });

  for (const form of ['vector', 'image'] as const) {
    for (const dpi of [203, 300]) {
      it(`every label's Code 128 and PDF417 decode from a ${form} page of two labels at ${dpi} dpi`, async () => {
        const { bytes, pages } = makeCarrierPdf({ paper: 'letter', layout: 'halves', form, pages: 2 });
        const pdf = engine.open(bytes);
        for (let p = 0; p < 2; p++) {
          const grey = pdf.renderPage(p, dpi);
          for (const label of pages[p]!.labels) {
            const px = (mm: number): number => Math.round((mm / 25.4) * dpi);
            const region = cropGrey(grey, px(label.xMm), px(label.yMm), px(label.widthMm), px(label.heightMm));
            expect(await decodeGrey(region)).toEqual([`Code128:${label.code128}`, `PDF417:${label.pdf417}`]);
          }
        }
        pdf.close();
      });
    }
  }

  for (const dpi of [203, 300]) {
    it(`decodes a vector label whose bars are each their own rectangle at ${dpi} dpi (PDFium snaps such rectangles to whole pixels)`, async () => {
      const { bytes, pages } = makeCarrierPdf({ paper: 'a4', layout: 'top-half', bars: 'rect-per-bar' });
      const pdf = engine.open(bytes);
      const grey = pdf.renderPage(0, dpi);
      const label = pages[0]!.labels[0]!;
      const px = (mm: number): number => Math.round((mm / 25.4) * dpi);
      expect(await decodeGrey(cropGrey(grey, px(label.xMm), px(label.yMm), px(label.widthMm), px(label.heightMm)))).toEqual([`Code128:${label.code128}`, `PDF417:${label.pdf417}`]);
      pdf.close();
    });
  }

  it('decodes the four labels of a quarters page, each in its own quarter', async () => {
    const { bytes, pages } = makeCarrierPdf({ paper: 'a4', layout: 'quarters', rotate: 90 });
    const pdf = engine.open(bytes);
    const grey = pdf.renderPage(0, 203);
    const found: string[] = [];
    for (const label of pages[0]!.labels) {
      const px = (mm: number): number => Math.round((mm / 25.4) * 203);
      found.push(...(await decodeGrey(cropGrey(grey, px(label.xMm), px(label.yMm), px(label.widthMm), px(label.heightMm)))));
    }
    expect(found).toEqual(pages[0]!.labels.flatMap((l) => [`Code128:${l.code128}`, `PDF417:${l.pdf417}`]));
    pdf.close();
  });

  it('keeps its memory bounded over a 1,000-page file (every 37th page and the last) and frees a closed document', () => {
    const { bytes } = makeCarrierPdf({ layout: 'halves', pages: 1000 });
    const pdf = engine.open(bytes);
    pdf.renderPage(0, 203);
    const settled = engine.memoryBytes();
    for (let i = 1; i < 1000; i += 37) pdf.renderPage(i, 203);
    pdf.renderPage(999, 203);
    expect(engine.memoryBytes()).toBe(settled);
    pdf.close();
    for (let round = 0; round < 20; round++) engine.open(bytes).close();
    expect(engine.memoryBytes()).toBe(settled);
  });
});

function inkBox(grey: { width: number; height: number; data: Uint8Array }): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = grey.width, y0 = grey.height, x1 = 0, y1 = 0;
  for (let y = 0; y < grey.height; y++) {
    for (let x = 0; x < grey.width; x++) {
      if (grey.data[y * grey.width + x]! >= 128) continue;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x + 1); y1 = Math.max(y1, y + 1);
    }
  }
  return { x0, y0, x1, y1 };
}
