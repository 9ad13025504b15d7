import { describe, it, expect } from 'vitest';
import { createBitmap, fillRect } from '@inkless/label';
import type { JobOptions } from '../../job-options';
import { tsplDriver } from './tspl-driver';

const job: JobOptions = { dpi: 203, widthMm: 50, heightMm: 30, headWidthDots: 832, media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 1 };
const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join('');

describe('tsplDriver.startJob', () => {
  it('sets size, gap, direction and origin, and leaves density, speed and SET alone by default', () => {
    expect(latin1(tsplDriver.startJob(job))).toBe('SIZE 50 mm,30 mm\r\nGAP 3 mm,0 mm\r\nDIRECTION 0,0\r\nREFERENCE 0,0\r\n');
  });

  it('maps mark and continuous media, rotation, mirror, shifts, density, speed and the finish', () => {
    const text = latin1(tsplDriver.startJob({ ...job, widthMm: 101.6, media: { type: 'mark', gapMm: 0, markMm: 4, offsetMm: 1.5 }, rotate180: true, mirror: true, shiftXMm: 1, shiftYMm: -0.5, density: 10.4, speedIps: 1.5, finish: 'peel' }));
    expect(text).toBe('BLINE 4 mm,1.5 mm\r\nSIZE 101.6 mm,30 mm\r\nDIRECTION 1,1\r\nREFERENCE 8,0\r\nSHIFT -4\r\nDENSITY 10\r\nSPEED 1.5\r\nSET TEAR OFF\r\nSET PEEL ON\r\nSET CUTTER OFF\r\n');
    expect(latin1(tsplDriver.startJob({ ...job, media: { type: 'continuous', gapMm: 3, markMm: 3, offsetMm: 0 }, shiftXMm: -1 }))).toContain('GAP 0,0\r\nDIRECTION 0,0\r\nREFERENCE 0,0\r\nSHIFT -8,0\r\n');
  });
});

describe('tsplDriver.encodeLabel', () => {
  it('sends reversed polarity (0 = burn) with 1-bit padding, at a byte-aligned x', () => {
    const bmp = createBitmap(20, 4);
    fillRect(bmp, 9, 1, 3, 1); // dots 9..11 of row 1: byte 1, bits 1..3
    fillRect(bmp, 16, 2, 4, 1); // dots 16..19 of row 2: byte 2, the last 4 bits are padding
    const bytes = tsplDriver.encodeLabel(bmp, { ...job, copies: 2 });
    const expected = 'CLS\r\nBITMAP 8,1,2,2,0,' + String.fromCharCode(0b1000_1111, 0xff, 0xff, 0b0000_1111) + '\r\nPRINT 1,2\r\n';
    expect(latin1(bytes)).toBe(expected);
  });

  it('sends the whole label in one BITMAP with raw, even when blank', () => {
    const bytes = latin1(tsplDriver.encodeLabel(createBitmap(12, 3), { ...job, raw: true }));
    expect(bytes).toBe('CLS\r\nBITMAP 0,0,2,3,0,' + '\xff'.repeat(6) + '\r\nPRINT 1,1\r\n');
    expect(latin1(tsplDriver.encodeLabel(createBitmap(12, 3), job))).toBe('CLS\r\nPRINT 1,1\r\n');
  });

  it('draws solid runs that repeat down the rows as BARs when that is cheaper', () => {
    const bmp = createBitmap(64, 200);
    fillRect(bmp, 3, 10, 5, 150);
    fillRect(bmp, 20, 10, 2, 150);
    expect(latin1(tsplDriver.encodeLabel(bmp, job))).toBe('CLS\r\nBAR 3,10,5,150\r\nBAR 20,10,2,150\r\nPRINT 1,1\r\n');
  });

  it('refuses a label wider than the head with INKLESS_PRINTER_TOO_WIDE', () => {
    expect(() => tsplDriver.encodeLabel(createBitmap(833, 1), job)).toThrow(expect.objectContaining({ code: 'INKLESS_PRINTER_TOO_WIDE' }));
  });
});

describe('tsplDriver.status', () => {
  it('asks <ESC>!? and reads the bit field into problems; printing is not one', () => {
    const status = tsplDriver.status!;
    expect([...status.request]).toEqual([0x1b, 0x21, 0x3f]);
    expect(status.parse(Uint8Array.of(0x00))).toMatchObject({ ready: true, problems: [] });
    expect(status.parse(Uint8Array.of(0x20))).toMatchObject({ ready: true, problems: [] });
    expect(status.parse(Uint8Array.of(0x05)).problems).toEqual(['head open', 'out of paper']);
    expect(status.parse(Uint8Array.of(0x1a)).problems).toEqual(['paper jam', 'out of ribbon', 'paused']);
    expect(status.parse(new Uint8Array(0))).toMatchObject({ ready: false, problems: ['no status reply'] });
  });
});
