import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { compileLabel, validateDocument } from '@inkless/label';
import { loadBundledFonts } from '../../cli/src/fonts/load-bundled-fonts';
import { tsplDriver } from '../src/drivers/tspl/tspl-driver';
import { escposDriver } from '../src/drivers/escpos/escpos-driver';
import type { JobOptions, PrinterDriver } from '../src/job-options';
import { GOLDEN_NOW_MS, renderExamples } from './support/tspl-escpos-examples';
import { encodeJob } from './support/round-trip';

/** Regenerate with `UPDATE_GOLDEN=1 npx vitest run packages/printers/tests/golden-tspl-escpos.test.ts`. */
const update = process.env.UPDATE_GOLDEN === '1';
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
/** ESC/POS 80 mm head: 576 dots (72 mm printable), so only the examples up to 72 mm wide. */
const ESCPOS_80MM_HEAD = 576;

function expectGolden(language: string, name: string, bytes: Uint8Array): void {
  const file = join(goldenDir, language, `${name}.bin`);
  if (update) {
    mkdirSync(join(goldenDir, language), { recursive: true });
    writeFileSync(file, bytes);
    return;
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review the diff`).toBe(true);
  const golden = new Uint8Array(readFileSync(file));
  const first = bytes.findIndex((b, i) => b !== golden[i]);
  expect({ length: bytes.length, firstDifference: first < 0 && bytes.length === golden.length ? -1 : first }, `${language}/${name}.bin`).toEqual({ length: golden.length, firstDifference: -1 });
}

describe('golden files, byte for byte', () => {
  it('tspl: every example on a 4 in head', async () => {
    for (const ex of await renderExamples()) expectGolden('tspl', ex.name, encodeJob(tsplDriver, ex.bitmap, ex.job));
  });

  it('escpos: the examples that fit an 80 mm head', async () => {
    const fitting = (await renderExamples()).filter((ex) => ex.job.dpi === 203 && ex.bitmap.width <= ESCPOS_80MM_HEAD);
    expect(fitting.map((ex) => ex.name)).toEqual(expect.arrayContaining(['asset-tag-40x30', 'food-label-best-before', 'price-tag-ean13']));
    for (const ex of fitting) expectGolden('escpos', ex.name, encodeJob(escposDriver, ex.bitmap, { ...ex.job, headWidthDots: ESCPOS_80MM_HEAD }));
  });

  it('tspl: job options reach the header (mark media, direction, density, speed, cut)', async () => {
    const ex = (await renderExamples()).find((e) => e.name === 'price-tag-ean13')!;
    const job: JobOptions = { ...ex.job, media: { type: 'mark', gapMm: 0, markMm: 4, offsetMm: 1.5 }, rotate180: true, density: 10, speedIps: 4, finish: 'cut', copies: 3 };
    expectGolden('tspl', 'price-tag-ean13.options', encodeJob(tsplDriver, ex.bitmap, job));
  });
});

/** A 58 mm receipt-printer label (48 mm printable): 3 text lines, a Code 128 and a QR code. */
const receiptLabel = {
  schemaVersion: 2,
  name: 'Receipt-ish shipping label, 58 mm roll',
  label: { widthMm: 48, heightMm: 80, dpi: 203, media: { type: 'continuous' } },
  elements: [
    { type: 'text', xMm: 1, yMm: 1, widthMm: 46, heightMm: 5, text: 'Ada Lovelace', fontSizePt: 11, bold: true },
    { type: 'text', xMm: 1, yMm: 6, widthMm: 46, heightMm: 5, text: '12 Harbour Road', fontSizePt: 10 },
    { type: 'text', xMm: 1, yMm: 11, widthMm: 46, heightMm: 5, text: 'Bristol BS1 4DJ', fontSizePt: 10 },
    { type: 'barcode', xMm: 0.5, yMm: 19, widthMm: 47, heightMm: 15, symbology: 'code128', data: '1Z4F8K2M9Q7T', moduleDots: 2 },
    { type: 'barcode', xMm: 9, yMm: 40, widthMm: 30, heightMm: 30, symbology: 'qrcode', data: 'https://track.example.com/parcel/1Z4F8K2M9Q7T', qrErrorLevel: 'M' },
  ],
};

describe('bytes per label, raw vs cropped', () => {
  const report = (what: string, raw: number, cropped: number): number => {
    const ratio = raw / cropped;
    console.log(`${what}: raw ${raw} B, cropped ${cropped} B, ${ratio.toFixed(2)}x fewer`);
    return ratio;
  };

  it('tspl: the 4x6 shipping label sends at least 4x fewer bytes than the raw bitmap', async () => {
    const ex = (await renderExamples()).find((e) => e.name === 'shipping-4x6')!;
    const raw = tsplDriver.encodeLabel(ex.bitmap, { ...ex.job, raw: true }).length;
    const cropped = tsplDriver.encodeLabel(ex.bitmap, ex.job).length;
    expect(report('TSPL shipping-4x6 (832-dot head)', raw, cropped)).toBeGreaterThanOrEqual(4);
  });

  it('escpos: the shipping label and a 58 mm receipt label send fewer bytes than raw', async () => {
    const ex = (await renderExamples()).find((e) => e.name === 'shipping-4x6')!;
    const shipping = (driver: PrinterDriver, raw: boolean): number => driver.encodeLabel(ex.bitmap, { ...ex.job, raw }).length;
    // The shipping label's border puts ink at both edges of every row, and ESC/POS rows always start
    // at the left margin: only blank-row feeds and right trims can save bytes there.
    expect(report('ESC/POS shipping-4x6 (832-dot head)', shipping(escposDriver, true), shipping(escposDriver, false))).toBeGreaterThan(1);
    const doc = validateDocument(receiptLabel);
    if (!doc.ok) throw new Error(doc.issues.map((i) => i.message).join('; '));
    const rendered = compileLabel(doc.value, { fonts: loadBundledFonts() }).render({ nowMs: GOLDEN_NOW_MS });
    if (!rendered.ok) throw new Error(rendered.issues.map((i) => i.message).join('; '));
    const job: JobOptions = { dpi: 203, widthMm: 48, heightMm: 80, headWidthDots: 384, media: doc.value.label.media, copies: 1 };
    const raw = escposDriver.encodeLabel(rendered.value.bitmap, { ...job, raw: true }).length;
    const cropped = escposDriver.encodeLabel(rendered.value.bitmap, job).length;
    expect(report('ESC/POS 58 mm receipt label (384-dot head)', raw, cropped)).toBeGreaterThan(1.2);
  });
});
