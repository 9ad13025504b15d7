import { drivers, getProfile, TransportError, type Transport } from '@inkless/printers';
import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the one Node font loader.
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { buildLabelJobOptions } from '@inkless/printers';
import { makeDocument } from '../editor/testing/make-document';
import { printDirect } from './direct-print';

const fonts = loadBundledFonts();
const doc = makeDocument([{ type: 'barcode', xMm: 1, yMm: 1, widthMm: 38, heightMm: 10, symbology: 'code128', data: '{{code}}' }], { widthMm: 40, heightMm: 15 });
const options = buildLabelJobOptions(doc.label, getProfile('generic-tspl-203'));
const rows = ['1', '2', '3', '4'].map((code) => ({ code }));

/** A fake printer that records writes and disappears after `failAfter` writes. */
function fakeTransport(failAfter = Infinity): Transport & { writes: Uint8Array[] } {
  const writes: Uint8Array[] = [];
  return {
    description: 'fake', writes, open: async () => undefined, close: async () => undefined,
    write: async (bytes) => {
      if (writes.length >= failAfter) throw new TransportError('INKLESS_PRINTER_GONE', 'fake: gone');
      writes.push(bytes);
    },
  };
}

const run = (transport: Transport, startAt = 0, signal = new AbortController().signal, progress: number[] = []) =>
  printDirect({ transport, doc, fonts, rows, language: 'tspl', options, startAt, tzOffsetMinutes: 0, signal, onProgress: (n) => progress.push(n) });

describe('direct printing', () => {
  it('sends the job start, one label per row and the job end, counting confirmed labels', async () => {
    const t = fakeTransport();
    const progress: number[] = [];
    expect(await run(t, 0, undefined, progress)).toEqual({ kind: 'done', confirmed: 4 });
    expect(t.writes).toHaveLength(6);
    expect(t.writes[0]).toEqual(drivers.tspl.startJob(options));
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('keeps the last confirmed label when the printer disappears, and resumes from it', async () => {
    const lost = await run(fakeTransport(3));
    expect(lost).toMatchObject({ kind: 'lost', confirmed: 2, message: 'fake: gone' });
    const t = fakeTransport();
    expect(await run(t, lost.confirmed)).toEqual({ kind: 'done', confirmed: 4 });
    expect(t.writes).toHaveLength(4); // start, labels 3 and 4, end
  });

  it('stops between labels when canceled', async () => {
    const controller = new AbortController();
    const t = fakeTransport();
    const outcome = await run(t, 0, controller.signal, new Proxy([], { get: (target, key) => (key === 'push' ? (n: number) => n === 1 && controller.abort() : Reflect.get(target, key)) }));
    expect(outcome).toEqual({ kind: 'canceled', confirmed: 1 });
  });
});
