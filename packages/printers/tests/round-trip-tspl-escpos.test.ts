import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createBitmap, fillRect, type Bitmap1 } from '@inkless/label';
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { tsplDriver } from '../src/drivers/tspl/tspl-driver';
import { escposDriver } from '../src/drivers/escpos/escpos-driver';
import { createTsplDecoder } from '../src/drivers/tspl/tspl-decoder';
import { createEscposDecoder } from '../src/drivers/escpos/escpos-decoder';
import type { JobOptions, PrinterDriver, JobDecoder } from '../src/job-options';
import { renderExamples } from './support/tspl-escpos-examples';
import { decodeAll, encodeJob, findMismatch, labelsOf } from './support/round-trip';

const languages: readonly { name: string; driver: PrinterDriver; decoder: (dpi: number) => JobDecoder }[] = [
  { name: 'tspl', driver: tsplDriver, decoder: (dpi) => createTsplDecoder({ dpi }) },
  { name: 'escpos', driver: escposDriver, decoder: () => createEscposDecoder() },
];

/** Encodes, decodes in odd-sized chunks and returns the one printed label. */
function roundTrip(lang: (typeof languages)[number], bitmap: Bitmap1, job: JobOptions, chunk = 997): Bitmap1 {
  const labels = labelsOf(decodeAll(lang.decoder(job.dpi), encodeJob(lang.driver, bitmap, job), chunk));
  expect(labels).toHaveLength(1);
  return labels[0]!;
}

describe('round trip: decoder(driver(bitmap)) prints the same dots', () => {
  for (const lang of languages) {
    for (const raw of [false, true]) {
      it(`${lang.name}${raw ? ' raw' : ''}: every example, bit for bit${raw ? '' : ', and every barcode scans'}`, async () => {
        for (const ex of await renderExamples()) {
          const printed = roundTrip(lang, ex.bitmap, { ...ex.job, raw });
          expect(findMismatch(printed, ex.bitmap), ex.name).toBeUndefined();
          if (raw) continue; // the same dots scan the same; decode once per language
          const texts = (await decodeBarcodes(printed)).map((s) => s.text);
          for (const text of ex.scanTexts) expect(texts, `${ex.name} ${text}`).toContain(text);
        }
      });
    }
  }

  const bitmaps = fc
    .record({
      width: fc.integer({ min: 1, max: 90 }),
      height: fc.integer({ min: 1, max: 70 }),
      seed: fc.integer(),
      blankFrom: fc.integer({ min: 0, max: 69 }),
      blankRows: fc.integer({ min: 0, max: 40 }),
      blackRow: fc.integer({ min: 0, max: 69 }),
      density: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ width, height, seed, blankFrom, blankRows, blackRow, density }) => {
      const bmp = createBitmap(width, height);
      let s = seed >>> 0;
      for (let y = 0; y < height; y++) {
        if (y >= blankFrom && y < blankFrom + blankRows) continue;
        for (let x = 0; x < width; x++) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          if (s / 2 ** 32 < density) fillRect(bmp, x, y, 1, 1);
        }
      }
      if (blackRow < height) fillRect(bmp, 0, blackRow, width, 1);
      return bmp;
    });
  const media = fc.constantFrom<JobOptions['media']['type']>('gap', 'mark', 'continuous');

  for (const lang of languages) {
    it(`${lang.name}: random bitmaps (odd widths, blank bands, black rows), cropped and raw`, () => {
      fc.assert(
        fc.property(bitmaps, media, fc.boolean(), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 300 }), (bmp, type, raw, extraHead, chunk) => {
          const job: JobOptions = {
            dpi: 203, widthMm: (bmp.width * 25.4) / 203, heightMm: (bmp.height * 25.4) / 203, headWidthDots: bmp.width + extraHead,
            media: { type, gapMm: 3, markMm: 3, offsetMm: 0 }, copies: 1, raw,
          };
          const printed = roundTrip(lang, bmp, job, chunk);
          expect(findMismatch(printed, bmp)).toBeUndefined();
        }),
        { numRuns: 200 },
      );
    });
  }

  it('tspl: DIRECTION and REFERENCE reach the printed label (rotated, shifted)', () => {
    const bmp = createBitmap(40, 24);
    fillRect(bmp, 0, 0, 9, 3);
    const job: JobOptions = { dpi: 203, widthMm: 5, heightMm: 3, headWidthDots: 64, media: { type: 'gap', gapMm: 2, markMm: 0, offsetMm: 0 }, copies: 1 };
    const rotated = roundTrip(languages[0]!, bmp, { ...job, rotate180: true });
    expect(findMismatch(rotated, { ...bmp, data: reverseRows(bmp) })).toBeUndefined();
    const shifted = roundTrip(languages[0]!, bmp, { ...job, shiftXMm: 1, shiftYMm: 0.5 });
    expect(findMismatch(shifted, bmp, 8, 4)).toBeUndefined();
  });

  it('inverting TSPL polarity in a copy of the bytes makes the round trip fail', async () => {
    const ex = (await renderExamples()).find((e) => e.name === 'shipping-4x6')!;
    const bytes = encodeJob(tsplDriver, ex.bitmap, { ...ex.job, raw: true });
    const inverted = invertBitmapPayload(bytes);
    const good = labelsOf(decodeAll(createTsplDecoder(), bytes))[0]!;
    const bad = labelsOf(decodeAll(createTsplDecoder(), inverted))[0]!;
    expect(findMismatch(good, ex.bitmap)).toBeUndefined();
    expect(findMismatch(bad, ex.bitmap)).toBeDefined();
  });
});

/** The bitmap turned 180 degrees, built independently of rotateBitmap: rows and dots reversed. */
function reverseRows(bmp: Bitmap1): Uint8Array {
  const out = createBitmap(bmp.width, bmp.height);
  for (let y = 0; y < bmp.height; y++) {
    for (let x = 0; x < bmp.width; x++) {
      if (bmp.data[y * bmp.stride + (x >> 3)]! & (0x80 >> (x & 7))) fillRect(out, bmp.width - 1 - x, bmp.height - 1 - y, 1, 1);
    }
  }
  return out.data;
}

/** Flips every bit of the (single, raw) BITMAP payload: the wrong-polarity driver a test must catch. */
function invertBitmapPayload(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const at = text.indexOf('BITMAP ');
  const header = /^BITMAP (\d+),(\d+),(\d+),(\d+),(\d+),/.exec(text.slice(at))!;
  const start = at + header[0].length;
  const length = Number(header[3]) * Number(header[4]);
  const out = bytes.slice();
  for (let i = start; i < start + length; i++) out[i] = ~out[i]! & 0xff;
  return out;
}
