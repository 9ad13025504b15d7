import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bitmapWindow, getPixel, type Bitmap1 } from '@inkless/label';
import { bitmapFromPng } from '@inkless/label/output';
import { measureModuleDots } from '../../src/verify/measure-module';
import { runCli } from '../support/run-cli';
import { listPngs, startVirtualPrinterCli, waitFor, type VirtualPrinterCli } from '../support/virtual-printer-cli';
import { decodeLabelPngs, makeCarrierPdf, smallZpl, ZPL_FIXTURES } from './support/import-fixtures';

// Acceptance: a carrier PDF and a ZPL file printed with `inkless print` to the virtual printer of
// each language; the PNGs the printer makes of what it received decode to the source's barcodes.

const dir = mkdtempSync(join(tmpdir(), 'inkless-import-e2e-'));
const carrier = makeCarrierPdf({ paper: 'letter', layout: 'halves', form: 'vector' });
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
  it('prints the two labels of a carrier PDF page and the labels of a ZPL file; every barcode decodes to the source', async () => {
    const out = join(dir, `vp-${lang}`);
    const printer = await startVirtualPrinterCli(lang, out);
    printers.push(printer);
    const uri = `tcp://127.0.0.1:${printer.port}`;

    const pdf = await runCli(['print', pdfPath, '--printer', uri, '--profile', profile, ...label, '--quiet'], { timeoutMs: 180_000 });
    expect(pdf.code, pdf.stderr).toBe(0);
    // A receipt printer's job is one strip of paper (one PNG); label printers make one PNG per label.
    const pdfPngs = lang === 'escpos' ? 1 : PDF_LABELS;
    await waitFor(() => listPngs(out).length >= pdfPngs, 30_000);
    const fromPdf = await decodeLabelPngs(out);
    expect(fromPdf).toHaveLength(pdfPngs);
    if (lang === 'escpos') expect(fromPdf[0]).toEqual(expect.arrayContaining(pdfExpected.flat()));
    else for (const [i, expected] of pdfExpected.entries()) expect(fromPdf[i]).toEqual(expect.arrayContaining(expected));

    const fromZplRun = await runCli(['print', zpl, '--printer', uri, '--profile', profile, '--quiet'], { timeoutMs: 180_000 });
    expect(fromZplRun.code, fromZplRun.stderr).toBe(0);
    await waitFor(() => listPngs(out).length >= pdfPngs + (lang === 'escpos' ? 1 : zplCopies), 30_000);
    const fromZpl = (await decodeLabelPngs(out)).slice(pdfPngs).flat();
    for (const symbol of zplExpected) expect(fromZpl.filter((s) => s === symbol)).toHaveLength(zplCopies);
    expect(readFileSync(zpl, 'latin1')).toContain(zplExpected[0]!.split(':')[1]);
  }, 400_000);
});

describe('ZPL written for another resolution', () => {
  it('is drawn at the printer\'s dpi from its document, bars in whole dots, not a resampled bitmap', async () => {
    // The ZPL virtual printer keeps the job's dots whatever their dpi (the TSPL one reads sizes in mm at 203 dpi).
    const out = join(dir, 'vp-zpl-300');
    const printer = await startVirtualPrinterCli('zpl', out, ['--dpi', '300']);
    printers.push(printer);
    const run = await runCli(['print', shippingZpl, '--printer', `tcp://127.0.0.1:${printer.port}`, '--profile', 'generic-zpl-300', '--zpl-dpi', '203', '--quiet'], { timeoutMs: 180_000 });
    expect(run.code, run.stderr).toBe(0);
    await waitFor(() => listPngs(out).length >= 1, 30_000);
    expect(await decodeLabelPngs(out)).toEqual([expect.arrayContaining(['Code128:1Z12345E0205271688', 'PDF417:Tracking 1Z12345E0205271688 weight 2.5 kg'])]);
    const label = bitmapFromPng(readFileSync(join(out, listPngs(out)[0]!)));
    // The outer box (^FO20,20^GB772,...) is 772 dots at 203 dpi: 1141 at 300 dpi, drawn at 300.
    expect(inkWidth(label)).toBeGreaterThanOrEqual(1139);
    expect(inkWidth(label)).toBeLessThanOrEqual(1143);
    // The Code 128 (^BY2 at 203 dpi, ^FO330,640, 120 dots high) has 3-dot modules at 300 dpi: 2 x 300 / 203 rounded.
    const bars = bitmapWindow(label, 480, 960, 680, 150);
    expect(measureModuleDots(bars)).toBe(3);
  }, 400_000);
});

/** Dots from the leftmost to the rightmost ink of a label. */
function inkWidth(bmp: Bitmap1): number {
  let left = bmp.width;
  let right = -1;
  for (let y = 0; y < bmp.height; y += 4) {
    for (let x = 0; x < bmp.width; x++) {
      if (getPixel(bmp, x, y)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return right - left + 1;
}
