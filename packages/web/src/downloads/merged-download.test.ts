import { decoders } from '@inkless/printers';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the one Node font loader and the engine's PDF reader.
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { inspectPdf } from '../../../label/src/output/pdf-inspector';
import { makeDocument } from '../editor/testing/make-document';
import { createLabelRenderer } from '../merge/label-renderer';
import { makeMergedDownload, type MergedDownloadRun } from './merged-download';

const fonts = loadBundledFonts();
const doc = { ...makeDocument([
  { type: 'text', xMm: 1, yMm: 1, widthMm: 38, heightMm: 5, text: '{{name}} {{n}}' },
  { type: 'barcode', xMm: 1, yMm: 8, widthMm: 40, heightMm: 15, symbology: 'code128', data: '{{name}}' },
], { widthMm: 50, heightMm: 30, dpi: 203 }, { n: { kind: 'serial', start: 100 } }), name: 'Shelf tags' };
const clock = { tzOffsetMinutes: 0, nowMs: Date.UTC(2026, 0, 2) };
const labels = [{ rowNumber: 2, row: { name: 'A1' } }, { rowNumber: 3, row: { name: 'B2' } }, { rowNumber: 3, row: { name: 'B2' } }, { rowNumber: 5, row: { name: 'C3' } }];
const run = (over: Partial<MergedDownloadRun>): MergedDownloadRun => ({ doc, fonts, labels, formatId: 'pdf', printerProfileId: 'generic-tspl-203', clock, ...over });

describe('merged downloads', () => {
  it('makes one TSPL job whose labels are the bitmaps a print of the same rows draws, serials included', async () => {
    const made = await makeMergedDownload(run({ formatId: 'tspl' }));
    if (made.kind !== 'done') throw new Error(made.kind);
    expect(made.fileName).toBe('Shelf-tags.tspl');
    const decoder = decoders.tspl();
    const events = [...decoder.feed(made.bytes), ...decoder.end()].filter((e) => e.kind === 'label');
    const render = createLabelRenderer(doc, fonts, clock);
    expect(events).toHaveLength(4);
    for (const [i, event] of events.entries()) {
      const expected = render(labels[i]!.row, i);
      if (!expected.ok) throw new Error('render');
      expect(Buffer.from(event.bitmap.data).equals(Buffer.from(expected.value.bitmap.data)), `label ${i + 1}`).toBe(true);
    }
    // Serial 100, 101, ... per label: the two copies of row 3 differ as they do in a print.
    expect(Buffer.from(events[1]!.bitmap.data).equals(Buffer.from(events[2]!.bitmap.data))).toBe(false);
  });

  it('makes one PDF page per label and a ZIP of PNGs named by row number', async () => {
    const pdf = await makeMergedDownload(run({ formatId: 'pdf' }));
    if (pdf.kind !== 'done') throw new Error(pdf.kind);
    expect(inspectPdf(pdf.bytes).pageRefs).toHaveLength(4);
    const zip = await makeMergedDownload(run({ formatId: 'png-zip' }));
    if (zip.kind !== 'done') throw new Error(zip.kind);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(['Shelf-tags-row-002.png', 'Shelf-tags-row-003.png', 'Shelf-tags-row-003-2.png', 'Shelf-tags-row-005.png']);
    expect(strFromU8(files['Shelf-tags-row-002.png']!.slice(1, 4))).toBe('PNG');
  });

  it('reports progress, stops when canceled and names the row a label cannot be drawn for', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    const twice = [...labels, ...labels];
    const canceled = await makeMergedDownload(run({ labels: twice, signal: controller.signal, onProgress: (done) => { seen.push(done); if (done > 0) controller.abort(); } }));
    expect(canceled).toEqual({ kind: 'canceled', done: 4 });
    expect(seen).toEqual([0, 4]);
    const ean = { ...doc, elements: [{ ...doc.elements[1]!, symbology: 'ean13' } as (typeof doc.elements)[number]] };
    const refused = await makeMergedDownload(run({ doc: ean }));
    expect(refused).toMatchObject({ kind: 'refused', rowNumber: 2 });
  });
});
