import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { listPngs, startVirtualPrinterCli, waitFor, type VirtualPrinterCli } from '../support/virtual-printer-cli';
import { decodeLabelPngs, makeCarrierPdf, smallZpl, ZPL_FIXTURES } from './support/import-fixtures';

// Acceptance: a carrier PDF and a ZPL file printed with `inkless print` to the virtual printer of
// each language; the PNGs the printer makes of what it received decode to the source's barcodes.

const dir = mkdtempSync(join(tmpdir(), 'inkless-import-e2e-'));
const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' });
const pdfPath = join(dir, 'ship.pdf');
writeFileSync(pdfPath, carrier.bytes);
const PDF_LABELS = carrier.pages[0]!.labels.length;
const pdfExpected = carrier.pages[0]!.labels.map((l) => [`Code128:${l.code128}`, `PDF417:${l.pdf417}`]);
const shippingZpl = fileURLToPath(new URL('shipping-4x6.zpl', ZPL_FIXTURES));
const smallZplPath = join(dir, 'small.zpl');
writeFileSync(smallZplPath, smallZpl('INK42', 'https://example.org/t/42', 2));

/** Each language: its profile, the stock for the PDF, and a ZPL file that fits the head with what it must decode to. */
const cases = [
  { lang: 'tspl', profile: 'generic-tspl-203', label: [] as string[], zpl: shippingZpl, zplCopies: 1, zplExpected: ['Code128:1Z12345E0205271688', 'PDF417:Tracking 1Z12345E0205271688 weight 2.5 kg'] },
  { lang: 'zpl', profile: 'generic-zpl-203', label: [], zpl: shippingZpl, zplCopies: 1, zplExpected: ['Code128:1Z12345E0205271688', 'PDF417:Tracking 1Z12345E0205271688 weight 2.5 kg'] },
  { lang: 'cpcl', profile: 'generic-cpcl-203', label: [], zpl: smallZplPath, zplCopies: 2, zplExpected: ['Code128:INK42', 'QRCode:https://example.org/t/42'] },
  // 72 mm printable on 80 mm receipt paper: the 4x6 label is fitted to a 72 x 108 mm stock.
  { lang: 'escpos', profile: 'generic-escpos-80', label: ['--label', '72x108mm'], zpl: smallZplPath, zplCopies: 2, zplExpected: ['Code128:INK42', 'QRCode:https://example.org/t/42'] },
];

const printers: VirtualPrinterCli[] = [];
afterAll(async () => {
  for (const p of printers) await p.stop();
});

describe.each(cases)('inkless print to a $lang printer', ({ lang, profile, label, zpl, zplCopies, zplExpected }) => {
  it('prints the label of a carrier PDF page and the labels of a ZPL file; every barcode decodes to the source', async () => {
    const out = join(dir, `vp-${lang}`);
    const printer = await startVirtualPrinterCli(lang, out);
    printers.push(printer);
    const uri = `tcp://127.0.0.1:${printer.port}`;

    const pdf = await runCli(['print', pdfPath, '--printer', uri, '--profile', profile, ...label, '--quiet'], { timeoutMs: 180_000 });
    expect(pdf.code, pdf.stderr).toBe(0);
    await waitFor(() => listPngs(out).length >= PDF_LABELS, 30_000);
    const fromPdf = await decodeLabelPngs(out);
    expect(fromPdf).toHaveLength(PDF_LABELS);
    for (const [i, expected] of pdfExpected.entries()) expect(fromPdf[i]).toEqual(expect.arrayContaining(expected));

    const fromZplRun = await runCli(['print', zpl, '--printer', uri, '--profile', profile, '--quiet'], { timeoutMs: 180_000 });
    expect(fromZplRun.code, fromZplRun.stderr).toBe(0);
    // A receipt printer's job is one strip of paper (one PNG); label printers make one PNG per label.
    await waitFor(() => listPngs(out).length >= PDF_LABELS + (lang === 'escpos' ? 1 : zplCopies), 30_000);
    const fromZpl = (await decodeLabelPngs(out)).slice(PDF_LABELS).flat();
    for (const symbol of zplExpected) expect(fromZpl.filter((s) => s === symbol)).toHaveLength(zplCopies);
    expect(readFileSync(zpl, 'latin1')).toContain(zplExpected[0]!.split(':')[1]);
  }, 400_000);
});
