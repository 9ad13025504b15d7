import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashBitmap, parseDocument } from '@inkless/label';
import { bitmapFromPng } from '@inkless/label/output';
import { decodeBarcodes } from '../../src/verify/zxing-decoder';
import { runCli } from '../support/run-cli';
import { makeCarrierPdf, ZPL_FIXTURES } from './support/import-fixtures';

// `inkless import` makes label documents that validate, and `inkless render` of them gives the
// same dots as rendering the imported file itself (the labels as they would print).

const dir = mkdtempSync(join(tmpdir(), 'inkless-import-cmd-'));

async function cli(args: string[]): Promise<string> {
  const run = await runCli(args, { cwd: dir, timeoutMs: 180_000 });
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

function dotsOf(path: string): string {
  return hashBitmap(bitmapFromPng(readFileSync(join(dir, path))));
}

describe('inkless import', () => {
  it('a ZPL file becomes an editable document that renders to the dots the ZPL renders to', async () => {
    const zpl = fileURLToPath(new URL('rotations.zpl', ZPL_FIXTURES));
    await cli(['import', zpl, '--out', 'rotations.json']);
    const parsed = parseDocument(readFileSync(join(dir, 'rotations.json'), 'utf8'));
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).toBe(true);
    // Editable: the fields are elements of their own, not one picture.
    expect(parsed.ok && parsed.value.elements.filter((e) => e.type === 'barcode').length).toBeGreaterThan(0);
    await cli(['render', 'rotations.json', '--out', 'from-json.png']);
    await cli(['render', zpl, '--out', 'from-zpl.png']);
    expect(dotsOf('from-json.png')).toBe(dotsOf('from-zpl.png'));
  }, 400_000);

  it('a carrier PDF becomes a document of the label as printed, dot for dot', async () => {
    writeFileSync(join(dir, 'ship.pdf'), makeCarrierPdf({ paper: 'a4', layout: 'top-half', form: 'image' }).bytes);
    await cli(['import', 'ship.pdf', '--out', 'ship.json', '--profile', 'generic-tspl-203']);
    const parsed = parseDocument(readFileSync(join(dir, 'ship.json'), 'utf8'));
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).toBe(true);
    await cli(['render', 'ship.json', '--out', 'ship-from-json.png']);
    await cli(['render', 'ship.pdf', '--out', 'ship-from-pdf.png', '--profile', 'generic-tspl-203']);
    expect(dotsOf('ship-from-json.png')).toBe(dotsOf('ship-from-pdf.png'));
  }, 400_000);

  it('several labels go to label-1.json, label-2.json...', async () => {
    writeFileSync(join(dir, 'two.pdf'), makeCarrierPdf({ paper: 'a4', layout: 'top-half', form: 'image', pages: 2 }).bytes);
    const stdout = await cli(['import', 'two.pdf', '--out', 'label.json']);
    expect(stdout).toContain('imported 2 label(s) -> label-1.json ... label-2.json');
    for (const name of ['label-1.json', 'label-2.json']) expect(parseDocument(readFileSync(join(dir, name), 'utf8')).ok).toBe(true);
  }, 400_000);

  it('render --preview writes each page with the region found outlined, next to the label', async () => {
    writeFileSync(join(dir, 'preview.pdf'), makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' }).bytes);
    await cli(['render', 'preview.pdf', '--preview', '--out', 'preview-out']);
    expect(readdirSync(join(dir, 'preview-out')).sort()).toEqual(['preview-1.png', 'preview-page-1-preview.png']);
    expect(countOutlinePixels(readFileSync(join(dir, 'preview-out', 'preview-page-1-preview.png')))).toBeGreaterThan(1000);
  }, 400_000);
});

describe('inkless render of other inputs', () => {
  it('lists the ZPL commands it does not support as warnings with their byte offsets', async () => {
    const run = await runCli(['render', fileURLToPath(new URL('warehouse.zpl', ZPL_FIXTURES)), '--out', 'warehouse-out'], { cwd: dir, timeoutMs: 180_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*\bbyte \d+\b.*\(INKLESS_IMPORT_ZPL_UNSUPPORTED\)$/m);
    expect(readdirSync(join(dir, 'warehouse-out')).sort()).toEqual(['warehouse-1.png', 'warehouse-2.png']);
  }, 400_000);

  it('a picture of a label (PNG with its dpi) renders to a label whose barcodes decode as the original', async () => {
    const carrier = makeCarrierPdf({ paper: 'a4', layout: 'top-half', form: 'vector' });
    writeFileSync(join(dir, 'for-picture.pdf'), carrier.bytes);
    await cli(['render', 'for-picture.pdf', '--out', 'picture.png']);
    await cli(['render', 'picture.png', '--out', 'from-picture.png']);
    const symbols = await decodeBarcodes(bitmapFromPng(readFileSync(join(dir, 'from-picture.png'))), { tryHarder: true });
    const { code128, pdf417 } = carrier.pages[0]!.labels[0]!;
    expect(symbols.map((s) => s.text).sort()).toEqual([code128, pdf417].sort());
    await cli(['render', 'picture.png', '--format', 'pdf', '--out', 'from-picture.pdf']);
    expect(readFileSync(join(dir, 'from-picture.pdf'), 'latin1').startsWith('%PDF-')).toBe(true);
  }, 400_000);
});

/** Pixels of the red outline in an RGB PNG (colour type 2, filter 0 on every row, as the preview writes them). */
function countOutlinePixels(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  let red = 0;
  for (let y = 0; y * (width * 3 + 1) < rows.length; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * (width * 3 + 1) + 1 + x * 3;
      if (rows[i] === 214 && rows[i + 1] === 40 && rows[i + 2] === 40) red++;
    }
  }
  return red;
}
