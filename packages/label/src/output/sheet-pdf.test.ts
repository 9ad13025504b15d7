import { describe, it, expect } from 'vitest';
import { createBitmap, toAscii, type Bitmap1 } from '../bitmap/bitmap1';
import { findStock } from '../stock/label-stock';
import { listSheetCells } from '../stock/sheet-layout';
import { encodeSheetPdf } from './encode-sheet-pdf';
import { inspectPdf, rasterizePdfPage, readMediaBox, readPageContent } from './pdf-inspector';
import { makeNoiseBitmap } from './sample-bitmaps';

const avery5163 = findStock('avery-5163')!.sheet!; // Letter, 2 x 5 labels of 4 x 2 in
const pt = (mm: number): number => (mm * 72) / 25.4;

/** The dots of `page` at (x, y) of the label's size, copied out for comparison. */
function cropBitmap(page: Bitmap1, x: number, y: number, w: number, h: number): string {
  const out = createBitmap(w, h);
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) {
    if (page.data[(y + j) * page.stride + ((x + i) >> 3)]! & (0x80 >> ((x + i) & 7))) out.data[j * out.stride + (i >> 3)]! |= 0x80 >> (i & 7);
  }
  return toAscii(out);
}

describe('encodeSheetPdf', () => {
  // 4 x 2 in at 100 dpi: one label dot = one dot of an 850 x 1100 page raster.
  const a = makeNoiseBitmap(400, 200, 1, 30);
  const b = makeNoiseBitmap(400, 200, 2, 30);

  it('places each label at its cell: margin + index * pitch, in points from the bottom-left', () => {
    const pdf = inspectPdf(encodeSheetPdf([a, b, a], avery5163));
    expect(readMediaBox(pdf, 0)).toEqual([0, 0, 612, 792]);
    const placements = [...readPageContent(pdf, 0).matchAll(/q (\S+) 0 0 (\S+) (\S+) (\S+) cm \/(L\d) Do Q/g)];
    expect(placements.map((m) => m[5])).toEqual(['L0', 'L1', 'L0']);
    const cells = listSheetCells(avery5163);
    placements.forEach((m, i) => {
      expect(Number(m[1]) * 400).toBeCloseTo(pt(avery5163.labelWidthMm), 2);
      expect(Number(m[2]) * 200).toBeCloseTo(-pt(avery5163.labelHeightMm), 2);
      expect(Number(m[3])).toBeCloseTo(pt(cells[i]!.xMm), 3);
      expect(Number(m[4])).toBeCloseTo(792 - pt(cells[i]!.yMm), 3);
    });
  });

  it('draws each distinct bitmap once, as a Form XObject reused by every cell', () => {
    const pdf = inspectPdf(encodeSheetPdf(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b)), avery5163));
    const forms = [...pdf.objects.values()].filter((o) => o.dict.includes('/Subtype /Form'));
    expect(forms).toHaveLength(2);
    expect(forms[0]!.dict).toContain('/BBox [0 0 400 200]');
  });

  it.each(['vector', 'image'] as const)('re-rasterizes every cell to its label (%s)', (mode) => {
    const pdf = inspectPdf(encodeSheetPdf([a, b, a, b], avery5163, { mode, skipCells: 7 }));
    expect(pdf.pageRefs).toHaveLength(2); // cells 7, 8, 9, then the first cell of page 2
    const cells = listSheetCells(avery5163);
    const at = (cell: number): [number, number] => [Math.round((cells[cell]!.xMm / 25.4) * 100), Math.round((cells[cell]!.yMm / 25.4) * 100)];
    const page1 = rasterizePdfPage(pdf, 0, 850, 1100);
    expect(cropBitmap(page1, ...at(7), 400, 200)).toBe(toAscii(a));
    expect(cropBitmap(page1, ...at(8), 400, 200)).toBe(toAscii(b));
    expect(cropBitmap(page1, ...at(0), 400, 200)).toBe(toAscii(createBitmap(400, 200)));
    expect(cropBitmap(rasterizePdfPage(pdf, 1, 850, 1100), ...at(0), 400, 200)).toBe(toAscii(b));
  });

  it('fills pages in order and starts new sheets when one is full', () => {
    const pdf = inspectPdf(encodeSheetPdf(Array.from({ length: 21 }, () => a), avery5163));
    expect(pdf.pageRefs).toHaveLength(3);
    expect([...readPageContent(pdf, 2).matchAll(/ Do Q/g)]).toHaveLength(1);
  });

  it('adds grey cut outlines only when asked', () => {
    expect(readPageContent(inspectPdf(encodeSheetPdf([a], avery5163)), 0)).not.toContain(' re S');
    const withOutlines = readPageContent(inspectPdf(encodeSheetPdf([a], avery5163, { outlines: true })), 0);
    expect([...withOutlines.matchAll(/ re S/g)]).toHaveLength(10);
  });

  it('rejects a bad skipCells, no labels, and a sheet that runs off the page', () => {
    expect(() => encodeSheetPdf([a], avery5163, { skipCells: 10 })).toThrow(/skipCells/);
    expect(() => encodeSheetPdf([], avery5163)).toThrow(/at least one label/);
    expect(() => encodeSheetPdf([a], { ...avery5163, rows: 6 })).toThrow(/past the 279.4 mm page height/);
  });
});
