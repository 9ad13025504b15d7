import { describe, expect, it } from 'vitest';
import { createBitmap, fillRect } from '@inkless/label';
import type { JobOptions } from '../../job-options';
import { createCpclDriver, cpclDriver, encodeCpclLabel } from './cpcl-driver';

const options: JobOptions = {
  dpi: 203, widthMm: 5, heightMm: 1, headWidthDots: 32,
  media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 2,
};
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('cpclDriver', () => {
  it('writes one session per label in the documented wire format', () => {
    const bmp = createBitmap(16, 3);
    fillRect(bmp, 0, 1, 12, 1);
    expect(text(cpclDriver.encodeLabel(bmp, options))).toBe('! 0 203 203 3 2\r\nPAGE-WIDTH 32\r\nCG 2 1 8 1 \xff\xf0\r\nFORM\r\nPRINT\r\n');
    expect(text(createCpclDriver({ graphics: 'hex' }).encodeLabel(bmp, options))).toContain('EG 2 1 8 1 FFF0\r\n');
    expect(text(cpclDriver.encodeLabel(bmp, { ...options, raw: true }))).toContain('CG 2 3 8 0 \x00\x00\xff\xf0\x00\x00\r\n');
  });

  it('maps density and speed, leaves FORM out on continuous media, and splits over 1024 copies', () => {
    const out = text(encodeCpclLabel(createBitmap(8, 1), { ...options, density: 15, speedIps: 9, copies: 1500, media: { ...options.media, type: 'continuous' } }));
    expect(out).toBe('! 0 203 203 1 1024\r\nPAGE-WIDTH 32\r\nCONTRAST 3\r\nSPEED 5\r\nPRINT\r\n! 0 203 203 1 476\r\nPAGE-WIDTH 32\r\nCONTRAST 3\r\nSPEED 5\r\nPRINT\r\n');
  });

  it('turns and mirrors the bitmap itself', () => {
    const bmp = createBitmap(16, 2);
    fillRect(bmp, 0, 0, 1, 1);
    expect(text(encodeCpclLabel(bmp, { ...options, rotate180: true }))).toContain('CG 1 1 16 1 \x01\r\n');
    expect(text(encodeCpclLabel(bmp, { ...options, mirror: true }))).toContain('CG 1 1 16 0 \x01\r\n');
  });
});
