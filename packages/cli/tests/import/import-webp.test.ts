import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePicture } from '@inkless/import';
import { bitmapFromPng } from '@inkless/label/output';
import { encodeWebp, greyToRgba } from '../../../import/tests/support/make-webp';
import { decodeBarcodes } from '../../src/verify/zxing-decoder';
import { runCli } from '../support/run-cli';
import { makeCarrierPdf } from './support/import-fixtures';

// A WebP of a shipping label (lossy and lossless, made here from a rendered carrier page) prints at
// 203 dpi with its Code 128 and PDF417 still decoding to what the carrier put in them.

const dir = mkdtempSync(join(tmpdir(), 'inkless-import-webp-'));

async function cli(args: string[]): Promise<void> {
  const run = await runCli(args, { cwd: dir, timeoutMs: 180_000 });
  expect(run.code, run.stderr).toBe(0);
}

describe('inkless render of a WebP picture', () => {
  it('prints a lossless and a lossy WebP of a label at 203 dpi with every barcode decoding as the original', async () => {
    const carrier = makeCarrierPdf({ paper: 'a4', layout: 'top-half', form: 'vector' });
    writeFileSync(join(dir, 'label.pdf'), carrier.bytes);
    await cli(['render', 'label.pdf', '--dpi', '203', '--out', 'label.png']);
    const { grey } = decodePicture(readFileSync(join(dir, 'label.png')));
    const { code128, pdf417 } = carrier.pages[0]!.labels[0]!;
    for (const mode of ['lossless', 'lossy'] as const) {
      writeFileSync(join(dir, `label-${mode}.webp`), await encodeWebp(greyToRgba(grey), grey.width, grey.height, mode));
      await cli(['render', `label-${mode}.webp`, '--dpi', '203', '--out', `from-${mode}.png`]);
      const printed = bitmapFromPng(readFileSync(join(dir, `from-${mode}.png`)));
      expect(printed.width, mode).toBe(grey.width);
      const symbols = await decodeBarcodes(printed, { tryHarder: true });
      expect(symbols.map((s) => s.text).sort(), mode).toEqual([code128, pdf417].sort());
    }
  }, 600_000);
});
