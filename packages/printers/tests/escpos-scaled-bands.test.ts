import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileLabel, createBitmap, fillRect, validateDocument, type Bitmap1 } from '@inkless/label';
import { loadBundledFonts } from '../../cli/src/fonts/load-bundled-fonts';
import { loadShippingDocument, shippingRows } from '../../cli/src/bench/shipping-workload';
import { escposDriver } from '../src/drivers/escpos/escpos-driver';
import { createEscposDecoder } from '../src/drivers/escpos/escpos-decoder';
import type { JobOptions } from '../src/job-options';
import { decodeAll, encodeJob, findMismatch, labelsOf } from './support/round-trip';

/** The `GS v 0` modes (m) the bytes use, read by walking the commands the driver emits. */
function listRasterModes(bytes: Uint8Array): number[] {
  const modes: number[] = [];
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] === 0x1d && bytes[i + 1] === 0x76) {
      modes.push(bytes[i + 3]!);
      i += 8 + (bytes[i + 4]! + 256 * bytes[i + 5]!) * (bytes[i + 6]! + 256 * bytes[i + 7]!);
    } else if (bytes[i] === 0x1d && (bytes[i + 1] === 0x4c || bytes[i + 1] === 0x57)) i += 4;
    else if (bytes[i] === 0x1b && bytes[i + 1] === 0x4a) i += 3;
    else i += bytes[i] === 0x1b || bytes[i] === 0x1d ? 2 : 1;
  }
  return modes;
}

function printOnce(bitmap: Bitmap1, job: JobOptions, chunk = 4096): Bitmap1 {
  const labels = labelsOf(decodeAll(createEscposDecoder(), encodeJob(escposDriver, bitmap, job), chunk));
  expect(labels).toHaveLength(1);
  return labels[0]!;
}

const jobFor = (bmp: Bitmap1, extraHead: number, type: JobOptions['media']['type']): JobOptions => ({
  dpi: 203, widthMm: (bmp.width * 25.4) / 203, heightMm: (bmp.height * 25.4) / 203, headWidthDots: bmp.width + extraHead,
  media: { type, gapMm: 3, markMm: 3, offsetMm: 0 }, copies: 1,
});

describe('escpos: margins and double width / height print the same dots', () => {
  // Blocks of cells `cellW` x `cellH` dots from dot (offsetX, offsetY): with even cells the rows
  // pair and the dots pair (at either parity), as on a QR code; odd cells and noise break them.
  const blocky = fc
    .record({
      cols: fc.integer({ min: 1, max: 40 }),
      rows: fc.integer({ min: 1, max: 40 }),
      cellW: fc.integer({ min: 1, max: 4 }),
      cellH: fc.integer({ min: 1, max: 4 }),
      offsetX: fc.integer({ min: 0, max: 120 }),
      offsetY: fc.integer({ min: 0, max: 20 }),
      seed: fc.integer(),
      density: fc.double({ min: 0, max: 1, noNaN: true }),
      noise: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    })
    .map(({ cols, rows, cellW, cellH, offsetX, offsetY, seed, density, noise }) => {
      const bmp = createBitmap(offsetX + cols * cellW + 3, offsetY + rows * cellH + 2);
      let s = seed >>> 0;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          if (s / 2 ** 32 < density) fillRect(bmp, offsetX + c * cellW, offsetY + r * cellH, cellW, cellH);
        }
      }
      for (const [x, y] of noise) fillRect(bmp, x % bmp.width, y % bmp.height, 1, 1);
      return bmp;
    });

  it('random cell patterns (paired rows and dots at odd and even margins), bit for bit', () => {
    fc.assert(
      fc.property(blocky, fc.integer({ min: 0, max: 24 }), fc.constantFrom<JobOptions['media']['type']>('gap', 'continuous'), fc.integer({ min: 1, max: 200 }), (bmp, extraHead, type, chunk) => {
        expect(findMismatch(printOnce(bmp, jobFor(bmp, extraHead, type), chunk), bmp)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('uses m = 3 for 2 x 2 cells at an odd margin and m = 2 for 3 x 2 cells, a quarter and a half of the bytes', () => {
    const cells = (cellW: number, x0: number): Bitmap1 => {
      const bmp = createBitmap(384, 64);
      for (let r = 0; r < 30; r++) for (let c = 0; c < 40; c++) if ((r * 7 + c * 3) % 5 < 2) fillRect(bmp, x0 + c * cellW, 2 + r * 2, cellW, 2);
      return bmp;
    };
    const job = { ...jobFor(cells(2, 0), 0, 'gap'), raw: false };
    const quad = cells(2, 101);
    const quadBytes = escposDriver.encodeLabel(quad, job);
    expect(listRasterModes(quadBytes)).toEqual([3]);
    expect(quadBytes.length).toBeLessThan((11 * 60) / 4 + 60); // unscaled: 11 bytes x 60 rows
    expect(findMismatch(printOnce(quad, job), quad)).toBeUndefined();
    const tall = cells(3, 100);
    const tallBytes = escposDriver.encodeLabel(tall, job);
    expect(listRasterModes(tallBytes)).toEqual([2]);
    expect(findMismatch(printOnce(tall, job), tall)).toBeUndefined();
  });

  it('the shipping benchmark label: at least 4x fewer bytes than the raw bitmap, same dots', () => {
    const parsed = validateDocument(loadShippingDocument());
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    const compiled = compileLabel(parsed.value, { fonts: loadBundledFonts() });
    const job: JobOptions = { dpi: 203, widthMm: 101.6, heightMm: 152.4, headWidthDots: 832, media: { type: 'gap', gapMm: 3, markMm: 3, offsetMm: 0 }, copies: 1 };
    let raw = 0;
    let sent = 0;
    for (const row of shippingRows(8)) {
      const rendered = compiled.render({ row: { ...row }, labelIndex: 0, nowMs: 0 });
      if (!rendered.ok) throw new Error(rendered.issues.map((i) => i.message).join('; '));
      const { bitmap } = rendered.value;
      raw += escposDriver.encodeLabel(bitmap, { ...job, raw: true }).length;
      sent += escposDriver.encodeLabel(bitmap, job).length;
      expect(findMismatch(printOnce(bitmap, job), bitmap)).toBeUndefined();
    }
    console.log(`ESC/POS shipping bench label: raw ${raw / 8} B, sent ${sent / 8} B per label, ${(raw / sent).toFixed(2)}x fewer`);
    expect(raw / sent).toBeGreaterThanOrEqual(4);
  });
});
