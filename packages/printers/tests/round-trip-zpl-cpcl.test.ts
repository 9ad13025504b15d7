// decoder(driver(bitmap)) = bitmap, bit for bit: every example and random bitmaps, raw and
// cropped, in every graphic encoding of both languages. The decoders are written from the manuals.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blit, createBitmap, fillRect, type Bitmap1 } from '@inkless/label';
import type { JobDecoder, JobOptions, PrinterDriver } from '../src/job-options';
import { createZplDriver } from '../src/drivers/zpl/zpl-driver';
import { createCpclDriver } from '../src/drivers/cpcl/cpcl-driver';
import { createZplDecoder } from '../src/drivers/zpl/zpl-decoder';
import { createCpclDecoder } from '../src/drivers/cpcl/cpcl-decoder';
import { renderExamples } from './support/zpl-cpcl-examples';

const languages: readonly { name: string; driver: PrinterDriver; decoder: () => JobDecoder }[] = [
  { name: 'zpl z64', driver: createZplDriver({ graphics: 'z64' }), decoder: createZplDecoder },
  { name: 'zpl acs', driver: createZplDriver({ graphics: 'acs' }), decoder: createZplDecoder },
  { name: 'zpl hex', driver: createZplDriver({ graphics: 'hex' }), decoder: createZplDecoder },
  { name: 'cpcl cg', driver: createCpclDriver({ graphics: 'binary' }), decoder: createCpclDecoder },
  { name: 'cpcl eg', driver: createCpclDriver({ graphics: 'hex' }), decoder: createCpclDecoder },
];

/** Where the drivers put the label: centred on the head. */
function onHead(bitmap: Bitmap1, headWidthDots: number): Bitmap1 {
  const canvas = createBitmap(headWidthDots, bitmap.height);
  blit(canvas, bitmap, Math.floor((headWidthDots - bitmap.width) / 2), 0);
  return canvas;
}

/** Sends the job in uneven chunks, as a socket would, and collects the labels. */
function decodeInChunks(decoder: JobDecoder, bytes: Uint8Array, chunk: number): { bitmap: Bitmap1; copies: number }[] {
  const events = [];
  for (let at = 0; at < bytes.length; at += chunk) events.push(...decoder.feed(bytes.subarray(at, at + chunk)));
  events.push(...decoder.end());
  return events.flatMap((e) => (e.kind === 'label' ? [{ bitmap: e.bitmap, copies: e.copies }] : []));
}

function expectSameBits(actual: Bitmap1, expected: Bitmap1, what: string): void {
  expect({ what, width: actual.width, height: actual.height }).toEqual({ what, width: expected.width, height: expected.height });
  expect(Buffer.from(actual.data).equals(Buffer.from(expected.data)), `${what}: bits differ`).toBe(true);
}

const baseOptions: JobOptions = {
  dpi: 203, widthMm: 50, heightMm: 30, headWidthDots: 64,
  media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 1,
};

describe('ZPL and CPCL round trip', () => {
  it('gives back every example bit for bit, raw and cropped', async () => {
    for (const example of await renderExamples()) {
      for (const { name, driver, decoder } of languages) {
        for (const raw of [false, true]) {
          const options = { ...example.options, raw, copies: 3 };
          const bytes = driver.encodeLabel(example.bitmap, options);
          const labels = decodeInChunks(decoder(), bytes, 1400);
          expect(labels.length).toBe(1);
          expect(labels[0]!.copies).toBe(3);
          expectSameBits(labels[0]!.bitmap, onHead(example.bitmap, options.headWidthDots), `${example.name} ${name}${raw ? ' raw' : ''}`);
        }
      }
    }
  }, 120_000);

  it('gives back random bitmaps (odd widths, blank bands, frames) bit for bit', () => {
    const bitmapArb = fc
      .record({
        width: fc.integer({ min: 1, max: 90 }),
        height: fc.integer({ min: 1, max: 70 }),
        extraHead: fc.integer({ min: 0, max: 20 }),
        rects: fc.array(fc.tuple(fc.nat(90), fc.nat(70), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 })), { maxLength: 6 }),
        dots: fc.array(fc.tuple(fc.nat(90), fc.nat(70)), { maxLength: 30 }),
        frame: fc.boolean(),
      })
      .map(({ width, height, extraHead, rects, dots, frame }) => {
        const bitmap = createBitmap(width, height);
        for (const [x, y, w, h] of rects) fillRect(bitmap, x, y, w, h);
        for (const [x, y] of dots) fillRect(bitmap, x, y, 1, 1);
        if (frame) {
          fillRect(bitmap, 0, 0, width, 1);
          fillRect(bitmap, 0, height - 1, width, 1);
          fillRect(bitmap, 0, 0, 1, height);
          fillRect(bitmap, width - 1, 0, 1, height);
        }
        return { bitmap, headWidthDots: width + extraHead };
      });
    fc.assert(
      fc.property(bitmapArb, fc.boolean(), fc.integer({ min: 1, max: 64 }), ({ bitmap, headWidthDots }, raw, chunk) => {
        for (const { name, driver, decoder } of languages) {
          const bytes = driver.encodeLabel(bitmap, { ...baseOptions, headWidthDots, raw });
          const labels = decodeInChunks(decoder(), bytes, chunk);
          expect(labels.length).toBe(1);
          expectSameBits(labels[0]!.bitmap, onHead(bitmap, headWidthDots), `${name}${raw ? ' raw' : ''}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('prints a blank label as a label with no graphics', () => {
    for (const { driver, decoder } of languages) {
      const labels = decodeInChunks(decoder(), driver.encodeLabel(createBitmap(40, 20), baseOptions), 7);
      expectSameBits(labels[0]!.bitmap, createBitmap(64, 20), 'blank');
    }
  });
});
