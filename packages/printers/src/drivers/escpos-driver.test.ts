import { describe, it, expect } from 'vitest';
import { createBitmap, fillRect } from '@inkless/label';
import type { JobOptions } from '../job-options';
import { escposDriver } from './escpos-driver';

const job: JobOptions = { dpi: 203, widthMm: 48, heightMm: 40, headWidthDots: 384, media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 1 };
const continuous = { ...job, media: { ...job.media, type: 'continuous' as const } };
const RASTER = [0x1d, 0x76, 0x30, 0x00];

describe('escposDriver', () => {
  it('initialises with ESC @ and has nothing to say at the end', () => {
    expect([...escposDriver.startJob(job)]).toEqual([0x1b, 0x40]);
    expect(escposDriver.endJob(job).length).toBe(0);
  });

  it('feeds blank rows with ESC J, narrows bands to the rightmost ink byte, ends a label with GS FF', () => {
    const bmp = createBitmap(40, 300);
    fillRect(bmp, 8, 2, 4, 1); // row 2: byte 1 = 0b1111_0000
    fillRect(bmp, 0, 290, 1, 1); // row 290: byte 0 = 0x80
    expect([...escposDriver.encodeLabel(bmp, job)]).toEqual([
      0x1b, 0x4a, 2, ...RASTER, 2, 0, 1, 0, 0x00, 0xf0, 0x1b, 0x4a, 255, 0x1b, 0x4a, 32, ...RASTER, 1, 0, 1, 0, 0x80, 0x1d, 0x0c,
    ]);
  });

  it('feeds continuous media to the label end, cuts with GS V 66 0, and repeats the label per copy', () => {
    const bmp = createBitmap(8, 5);
    fillRect(bmp, 0, 0, 8, 1);
    const one = [...RASTER, 1, 0, 1, 0, 0xff, 0x1b, 0x4a, 4, 0x1d, 0x56, 66, 0];
    expect([...escposDriver.encodeLabel(bmp, { ...continuous, finish: 'cut', copies: 2 })]).toEqual([...one, ...one]);
  });

  it('sends every row at the full head width with raw, in bands of at most 256 rows', () => {
    const bytes = escposDriver.encodeLabel(createBitmap(10, 300), { ...job, raw: true });
    expect([...bytes.subarray(0, 8)]).toEqual([...RASTER, 48, 0, 0, 1]);
    expect([...bytes.subarray(8 + 48 * 256, 16 + 48 * 256)]).toEqual([...RASTER, 48, 0, 44, 0]);
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
