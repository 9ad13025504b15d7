import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mmToDots } from '@inkless/label';
import { bitmapFromPng } from '@inkless/label/output';
import { runCli } from './support/run-cli';
import { decodeCode128Labels, listPngs, startVirtualPrinterCli, waitFor, type VirtualPrinterCli } from './support/virtual-printer-cli';

// Issue 12, point 20: a gap-media label on a receipt printer (continuous paper only).

const printers: VirtualPrinterCli[] = [];
afterEach(async () => {
  await Promise.all(printers.splice(0).map((p) => p.stop()));
});

function writeGapLabel(): { dir: string; label: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-media-'));
  const label = join(dir, 'gap-tag.json');
  writeFileSync(label, JSON.stringify({
    schemaVersion: 2,
    label: { widthMm: 46, heightMm: 25, dpi: 203, media: { type: 'gap', gapMm: 3 } },
    elements: [{ type: 'barcode', xMm: 2, yMm: 3, widthMm: 42, heightMm: 18, symbology: 'code128', data: 'MEDIA-0042' }],
  }));
  return { dir, label };
}

describe('inkless print --media', () => {
  it('refuses a gap label on an ESC/POS receipt profile with a hint that names --media and other profiles, not the same one', async () => {
    const { label } = writeGapLabel();
    const run = await runCli(['print', label, '--printer', 'tcp://127.0.0.1:9', '--profile', 'generic-escpos-58']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('inkless: label.media.type: Generic ESC/POS printer, 58 mm paper cannot sense gap media (it has continuous); print the label as continuous media on it, or pick a profile that senses gap media and fits the label (generic-tspl-203, generic-zpl-203, generic-cpcl-203); --media continuous does that for this print without changing the label file (INKLESS_PRINTER_UNSUPPORTED)\n');
    expect(run.stderr).not.toContain('generic-escpos-58');
  });

  it('prints the gap label as continuous media to an ESC/POS receipt printer: the label\'s full length, and its barcode decodes', async () => {
    const { dir, label } = writeGapLabel();
    const out = join(dir, 'out');
    const printer = await startVirtualPrinterCli('escpos', out);
    printers.push(printer);
    const run = await runCli(['print', label, '--printer', `tcp://127.0.0.1:${printer.port}`, '--profile', 'generic-escpos-58', '--media', 'continuous']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^printed 1 label\(s\) to .*, each confirmed by the printer\n$/);
    await waitFor(() => listPngs(out).length === 1, 10_000);
    expect(await decodeCode128Labels(out)).toEqual(['MEDIA-0042']);
    // Continuous paper has no gap to feed to: the driver feeds the label's blank tail itself.
    expect(bitmapFromPng(readFileSync(join(out, listPngs(out)[0]!))).height).toBe(mmToDots(25, 203));
  }, 60_000);

  it('refuses a media type it does not know, naming the three', async () => {
    const { label } = writeGapLabel();
    const run = await runCli(['print', label, '--printer', 'tcp://127.0.0.1:9', '--profile', 'generic-escpos-58', '--media', 'roll']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('inkless: --media must be gap, mark or continuous, got "roll" (INKLESS_CLI_USAGE)\n');
  });
});
