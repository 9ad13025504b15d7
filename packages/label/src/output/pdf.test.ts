import { describe, it, expect } from 'vitest';
import { createBitmap, fillRect, hashBitmap, toAscii } from '../bitmap/bitmap1';
import { isInklessError } from '../errors/inkless-error';
import { encodePdf } from './encode-pdf';
import { MAX_VECTOR_RECTS } from './pdf-label-drawing';
import { inspectPdf, rasterizePdfPage, readMediaBox, readPageContent } from './pdf-inspector';
import { makeNoiseBitmap, makeShippingLabelBitmap } from './sample-bitmaps';

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes.subarray(0, 64));

describe('encodePdf structure', () => {
  const bmp = createBitmap(400, 240);
  fillRect(bmp, 10, 10, 30, 200);
  const bytes = encodePdf([{ bitmap: bmp, widthMm: 50, heightMm: 30 }, { bitmap: bmp, widthMm: 101.6, heightMm: 152.4 }]);
  const pdf = inspectPdf(bytes);

  it('starts with a PDF 1.4 header and a binary marker comment', () => {
    expect(pdf.header).toBe('%PDF-1.4');
    expect(Array.from(bytes.subarray(10, 14)).every((b) => b > 127)).toBe(true);
    expect(latin1(bytes)).toMatch(/^%PDF-1\.4\n%/);
  });

  it('has an xref whose every offset points at its "N 0 obj" (checked while parsing)', () => {
    expect(pdf.objects.size).toBeGreaterThanOrEqual(6);
    expect(pdf.trailer).toMatch(/\/Size \d+ \/Root 1 0 R \/Info \d+ 0 R/);
    // Point object 2's xref entry one byte too far: the reader must notice.
    const text = String.fromCharCode(...bytes);
    const subsection = text.lastIndexOf('\nxref\n') + '\nxref\n'.length;
    const entry = text.indexOf('\n', subsection) + 1 + 20 * 2;
    const wrong = String(Number(text.slice(entry, entry + 10)) + 1).padStart(10, '0');
    const corrupt = bytes.slice();
    for (let i = 0; i < 10; i++) corrupt[entry + i] = wrong.charCodeAt(i);
    expect(() => inspectPdf(corrupt)).toThrow(/offset \d+ of object 2 does not point at "2 0 obj"/);
  });

  it('gives each page a MediaBox of the label size in points (mm * 72 / 25.4)', () => {
    expect(pdf.pageRefs).toHaveLength(2);
    expect(readMediaBox(pdf, 0)).toEqual([0, 0, 141.7323, 85.0394]);
    expect(readMediaBox(pdf, 1)).toEqual([0, 0, 288, 432]);
  });

  it('draws the label as compressed vector rectangles', () => {
    const dict = pdf.objects.get(Number(/\/Contents (\d+)/.exec(pdf.objects.get(pdf.pageRefs[0]!)!.dict)![1]))!.dict;
    expect(dict).toContain('/FlateDecode');
    const content = readPageContent(pdf, 0);
    expect(content).toContain('10.01 10.01 29.98 199.98 re');
    expect(content).toMatch(/^q 0\.354331 0 0 -0\.354331 0 85\.0394 cm\n/);
  });

  it('is deterministic', () => {
    expect(encodePdf([{ bitmap: bmp, widthMm: 50, heightMm: 30 }, { bitmap: bmp, widthMm: 101.6, heightMm: 152.4 }])).toEqual(bytes);
  });
});

describe('encodePdf drawing', () => {
  it('re-rasterizes the vector page of a shipping label to the same bits', () => {
    const bmp = makeShippingLabelBitmap();
    const pdf = inspectPdf(encodePdf([{ bitmap: bmp, widthMm: 101.6, heightMm: 152.4 }]));
    expect(readPageContent(pdf, 0)).toContain(' re\n');
    expect(hashBitmap(rasterizePdfPage(pdf, 0, bmp.width, bmp.height))).toBe(hashBitmap(bmp));
  });

  it.each([[13, 7], [1, 1], [33, 65]])('re-rasterizes odd size %ix%i exactly, in vector and image mode', (w, h) => {
    const bmp = makeNoiseBitmap(w, h, w * h);
    for (const mode of ['vector', 'image'] as const) {
      const pdf = inspectPdf(encodePdf([{ bitmap: bmp, widthMm: w / 8, heightMm: h / 8 }], { mode }));
      expect(toAscii(rasterizePdfPage(pdf, 0, w, h))).toBe(toAscii(bmp));
    }
  });

  it(`falls back to an image mask per page above ${MAX_VECTOR_RECTS} rects`, () => {
    const noise = makeNoiseBitmap(400, 400, 9); // ~ 40k runs
    const bars = createBitmap(400, 400);
    fillRect(bars, 20, 20, 5, 300);
    const pdf = inspectPdf(encodePdf([{ bitmap: noise, widthMm: 50, heightMm: 50 }, { bitmap: bars, widthMm: 50, heightMm: 50 }]));
    expect(readPageContent(pdf, 0)).toMatch(/\/Im0 Do/);
    expect(readPageContent(pdf, 0)).not.toContain(' re');
    expect(readPageContent(pdf, 1)).toContain('20.01 20.01 4.98 299.98 re');
    const image = [...pdf.objects.values()].find((o) => o.dict.includes('/ImageMask true'))!;
    expect(image.dict).toContain('/BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode');
    expect(hashBitmap(rasterizePdfPage(pdf, 0, 400, 400))).toBe(hashBitmap(noise));
  });

  it('refuses an empty page list and a zero size', () => {
    const codeOf = (f: () => unknown): string | false => {
      try {
        f();
        return false;
      } catch (e) {
        return isInklessError(e) && e.code;
      }
    };
    expect(codeOf(() => encodePdf([]))).toBe('INKLESS_OUTPUT_EMPTY');
    expect(codeOf(() => encodePdf([{ bitmap: createBitmap(2, 2), widthMm: 0, heightMm: 5 }]))).toBe('INKLESS_OUTPUT_BAD_SIZE');
  });
});
