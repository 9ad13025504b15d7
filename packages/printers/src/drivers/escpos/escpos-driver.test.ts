import { describe, it, expect } from 'vitest';
import { createBitmap, fillRect } from '@inkless/label';
import type { JobOptions } from '../../job-options';
import { escposDriver } from './escpos-driver';

const job: JobOptions = { dpi: 203, widthMm: 48, heightMm: 40, headWidthDots: 384, media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 1 };
const continuous = { ...job, media: { ...job.media, type: 'continuous' as const } };
const RASTER = [0x1d, 0x76, 0x30];
const FEED = [0x1b, 0x4a];
const FF = [0x1d, 0x0c];
/** GS L n, GS W 384 - n: the left margin and the rest of the 384-dot head. */
const margin = (dots: number): number[] => [0x1d, 0x4c, dots & 0xff, dots >> 8, 0x1d, 0x57, (384 - dots) & 0xff, (384 - dots) >> 8];

describe('escposDriver', () => {
  it('initialises with ESC @ and has nothing to say at the end', () => {
    expect([...escposDriver.startJob(job)]).toEqual([0x1b, 0x40]);
    expect(escposDriver.endJob(job).length).toBe(0);
  });

  it('feeds blank rows with ESC J, narrows bands to their ink bytes from dot 0, ends a label with GS FF', () => {
    const bmp = createBitmap(40, 300);
    fillRect(bmp, 9, 2, 3, 1); // row 2: byte 1 = 0b0111_0000 (no dot pairs: sent as is)
    fillRect(bmp, 0, 290, 1, 1); // row 290: byte 0 = 0x80
    expect([...escposDriver.encodeLabel(bmp, job)]).toEqual([
      ...FEED, 2, ...RASTER, 0, 2, 0, 1, 0, 0x00, 0x70, ...FEED, 255, ...FEED, 32, ...RASTER, 0, 1, 0, 1, 0, 0x80, ...FF,
    ]);
  });

  it('moves the left margin (GS L, GS W) to a band whose ink starts far right, and back to 0 at the end', () => {
    const bmp = createBitmap(384, 13);
    for (let y = 5; y < 13; y++) fillRect(bmp, y % 2 ? 324 : 321, y, 3, 1); // byte 40: 0x70 / 0x0e, no pairs
    expect([...escposDriver.encodeLabel(bmp, job)]).toEqual([
      ...FEED, 5, ...margin(320), ...RASTER, 0, 1, 0, 8, 0, 0x0e, 0x70, 0x0e, 0x70, 0x0e, 0x70, 0x0e, 0x70, ...margin(0), ...FF,
    ]);
  });

  it('sends identical row pairs once with double height (m = 2)', () => {
    const bmp = createBitmap(8, 8);
    for (const x of [0, 2, 3, 6]) fillRect(bmp, x, 0, 1, 8); // 0b1011_0010 on 8 rows: no dot pairs
    expect([...escposDriver.encodeLabel(bmp, job)]).toEqual([...RASTER, 2, 1, 0, 4, 0, 0xb2, 0xb2, 0xb2, 0xb2, ...FF]);
  });

  it('sends equal dot pairs once with double width from an odd margin, and rows twice with m = 3', () => {
    const bmp = createBitmap(384, 4);
    fillRect(bmp, 329, 0, 32, 4); // dots 329..360: pairs (329, 330) ... (359, 360)
    // Margin 327: data dot d prints as dots 327 + 2d and 328 + 2d, so data dots 1..16 are ink.
    expect([...escposDriver.encodeLabel(bmp, job)]).toEqual([...margin(327), ...RASTER, 3, 3, 0, 2, 0, 0x7f, 0xff, 0x80, 0x7f, 0xff, 0x80, ...margin(0), ...FF]);
  });

  it('feeds continuous media to the label end, cuts with GS V 66 0, and repeats the label per copy', () => {
    const bmp = createBitmap(8, 5);
    fillRect(bmp, 0, 0, 8, 1);
    const one = [...RASTER, 0, 1, 0, 1, 0, 0xff, ...FEED, 4, 0x1d, 0x56, 66, 0];
    expect([...escposDriver.encodeLabel(bmp, { ...continuous, finish: 'cut', copies: 2 })]).toEqual([...one, ...one]);
  });

  it('sends every row at the full head width with raw, in bands of at most 256 rows', () => {
    const bytes = escposDriver.encodeLabel(createBitmap(10, 300), { ...job, raw: true });
    expect([...bytes.subarray(0, 8)]).toEqual([...RASTER, 0, 48, 0, 0, 1]);
    expect([...bytes.subarray(8 + 48 * 256, 16 + 48 * 256)]).toEqual([...RASTER, 0, 48, 0, 44, 0]);
    expect(bytes.length).toBe(2 * 8 + 48 * 300 + 2);
  });

  it('refuses a label wider than the head with INKLESS_PRINTER_TOO_WIDE', () => {
    expect(() => escposDriver.encodeLabel(createBitmap(385, 1), job)).toThrow(expect.objectContaining({ code: 'INKLESS_PRINTER_TOO_WIDE' }));
  });

  it('asks DLE EOT 1 and reads its reply', () => {
    const status = escposDriver.status!;
    expect([...status.request]).toEqual([0x10, 0x04, 0x01]);
    expect(status.parse(Uint8Array.of(0x12))).toMatchObject({ ready: true, problems: [] });
    expect(status.parse(Uint8Array.of(0x1a)).problems).toEqual(['offline (cover open, out of paper or error)']);
    expect(status.parse(Uint8Array.of(0x32)).problems).toEqual(['waiting for online recovery']);
    expect(status.parse(Uint8Array.of(0xff))).toMatchObject({ ready: false, problems: ['unexpected status reply 0xff'] });
  });
});
