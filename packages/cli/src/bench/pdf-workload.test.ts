// The PDF workload cannot rot silently: both contenders print a small shipping-label PDF to TSPL
// that the independent TSPL decoder reads back as upright 4x6 in labels whose barcodes scan with
// the PDF's own contents, and a contender run in its own process reports its figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bitmapToGrey, type FoundSymbol } from '@inkless/import';
import { decodeSymbolsWithZxing } from '@inkless/import/node';
import type { Bitmap1 } from '@inkless/label';
import { decoders } from '@inkless/printers';
import { makeCarrierPdf } from '../../../import/tests/support/carrier-pdf';
import { PDF_BENCH_STOCK, printPdfWithInkless } from './pdf-inkless';
import { printPdfWithPeer } from './pdf-peer';
import { runPdfContender } from './pdf-workload';

const dir = mkdtempSync(join(tmpdir(), 'inkless-pdf-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector', pages: 2 });
const pdfPath = join(dir, 'two-pages.pdf');
writeFileSync(pdfPath, carrier.bytes);

/** Every label the TSPL decoder finds in a job's bytes. */
function readBack(chunks: readonly Uint8Array[]): Bitmap1[] {
  const decoder = decoders.tspl();
  const events = [...chunks.flatMap((c) => decoder.feed(c)), ...decoder.end()];
  return events.flatMap((e) => (e.kind === 'label' ? [e.bitmap] : []));
}

/** The label's symbols top to bottom, as format and text. */
async function symbolsOf(label: Bitmap1): Promise<{ format: string; text: string }[]> {
  const found: FoundSymbol[] = await decodeSymbolsWithZxing(bitmapToGrey(label));
  return [...found].sort((a, b) => a.box.y - b.box.y).map(({ format, text }) => ({ format, text }));
}

/** The Code 128 sits above the PDF417 on an upright label: a label turned the wrong way has them the other way round. */
const expected = carrier.pages.map((p) => [{ format: 'Code128', text: p.labels[0]!.code128 }, { format: 'PDF417', text: p.labels[0]!.pdf417 }]);

describe('the PDF bench workload', () => {
  it('Inkless (barcode check on) prints each page as an upright 4x6 in TSPL label whose barcodes scan', async () => {
    const chunks: Uint8Array[] = [];
    const figures = await printPdfWithInkless(carrier.bytes, { check: true }, (b) => chunks.push(b));
    expect(figures.labels).toBe(2);
    expect(figures.checkFailures).toBe(0);
    expect(figures.bytes).toBe(chunks.reduce((s, c) => s + c.length, 0));
    const labels = readBack(chunks);
    expect(labels.map((l) => [l.width, l.height])).toEqual([[PDF_BENCH_STOCK.widthDots, PDF_BENCH_STOCK.heightDots], [PDF_BENCH_STOCK.widthDots, PDF_BENCH_STOCK.heightDots]]);
    expect(await Promise.all(labels.map(symbolsOf))).toEqual(expected);
  });

  it('the pdftoppm peer prints each page as an upright 4x6 in TSPL label whose barcodes scan', async () => {
    const chunks: Uint8Array[] = [];
    const figures = printPdfWithPeer(pdfPath, (b) => chunks.push(b));
    expect(figures.labels).toBe(2);
    const labels = readBack(chunks);
    expect(labels.map((l) => [l.width, l.height])).toEqual([[PDF_BENCH_STOCK.widthDots, PDF_BENCH_STOCK.heightDots], [PDF_BENCH_STOCK.widthDots, PDF_BENCH_STOCK.heightDots]]);
    expect(await Promise.all(labels.map(symbolsOf))).toEqual(expected);
  });

  it('runs a contender in its own process and reports its labels, bytes, time and peak memory', async () => {
    const r = await runPdfContender('inkless-no-check', pdfPath);
    expect(r.labels).toBe(2);
    expect(r.bytes).toBeGreaterThan(1000);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.cpuSeconds).toBeGreaterThan(0);
    expect(r.maxRssMb).toBeGreaterThan(10);
  });
});
