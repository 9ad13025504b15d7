import { describe, expect, it } from 'vitest';
import { createBitmap, fillRect } from '@inkless/label';
import type { JobOptions } from '../../job-options';
import { encodeAcs } from './zpl-acs';
import { createZplDriver, encodeZplLabel, zplDriver } from './zpl-driver';
import { parseZplHostStatus } from './zpl-host-status';
import { computeCrc16Xmodem, encodeBase64, encodeZ64 } from './zpl-z64';

const options: JobOptions = {
  dpi: 203, widthMm: 5, heightMm: 1, headWidthDots: 32,
  media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 2,
};
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('zplDriver', () => {
  it('writes one label in the documented wire format', () => {
    const bmp = createBitmap(16, 3);
    fillRect(bmp, 0, 1, 12, 1);
    expect(encodeZplLabel(bmp, options, 'hex')).toBe(
      '^XA\n^PW32\n^LL3\n^MNY\n^PON\n^PMN\n^LH0,0\n^FO8,1^GFA,2,2,2,FFF0^FS\n^PQ2\n^XZ\n',
    );
    expect(encodeZplLabel(bmp, { ...options, raw: true })).toContain('^FO8,0^GFA,6,6,2,0000FFF00000^FS');
  });

  it('maps the job options onto ZPL commands', () => {
    const bmp = createBitmap(16, 3);
    const zpl = encodeZplLabel(bmp, {
      ...options, media: { ...options.media, type: 'continuous' }, rotate180: true, mirror: true,
      finish: 'cut', speedIps: 4.4, shiftXMm: 1, shiftYMm: 0.5,
    });
    expect(zpl).toBe('^XA\n^PW32\n^LL3\n^MNN\n^POI\n^PMY\n^LH8,4\n^MMC\n^PR4\n^PQ2\n^XZ\n');
    expect(text(zplDriver.startJob({ ...options, density: 8 }))).toBe('~SD16\n');
    expect(zplDriver.startJob(options).length).toBe(0);
    expect(encodeZplLabel(bmp, { ...options, media: { ...options.media, type: 'mark' }, finish: 'peel' })).toContain('^MNM\n^PON\n^PMN\n^LH0,0\n^MMP\n');
  });

  it('moves a label left of the head home by clipping it, since ^LH takes no negative offset', () => {
    const bmp = createBitmap(16, 2);
    fillRect(bmp, 0, 0, 16, 2);
    // Centred at x = 8, shifted 2 mm (16 dots) left: the left 8 dots fall off the head.
    expect(encodeZplLabel(bmp, { ...options, shiftXMm: -2 }, 'hex')).toContain('^LH0,0\n^FO0,0^GFA,2,2,1,FFFF^FS');
  });

  it('refuses a label wider than the head', () => {
    expect(() => zplDriver.encodeLabel(createBitmap(40, 2), options)).toThrow(expect.objectContaining({ code: 'INKLESS_PRINTER_TOO_WIDE' }));
  });

  it('sends separate graphics for ink far apart, each cropped to whole bytes', () => {
    const bmp = createBitmap(32, 60);
    fillRect(bmp, 9, 2, 3, 2);
    fillRect(bmp, 20, 50, 4, 1);
    expect(encodeZplLabel(bmp, { ...options, headWidthDots: 32 }, 'hex')).toContain('^FO8,2^GFA,2,2,1,7070^FS\n^FO16,50^GFA,1,1,1,0F^FS');
  });

  it('offers ACS and Z64 graphics with the CRC over the base64 text', () => {
    expect(createZplDriver({ graphics: 'acs' }).encodeLabel(createBitmap(8, 1), options).length).toBeGreaterThan(0);
    expect(encodeAcs(Uint8Array.of(0xff, 0xff, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0x12, 0x22, 0x22, 0x21), 4)).toBe('JF,:,1L21');
    expect(encodeAcs(new Uint8Array(31).fill(0x55), 31)).toBe('iH5'); // 62 digits = 60 + 2
    expect(computeCrc16Xmodem('123456789')).toBe(0x31c3);
    expect(encodeBase64(Uint8Array.of(0xde, 0xad, 0xbe, 0xef))).toBe(Buffer.from([0xde, 0xad, 0xbe, 0xef]).toString('base64'));
    const z64 = encodeZ64(new Uint8Array(100));
    const [, body, crc] = /^:Z64:([^:]+):([0-9A-F]{4})$/.exec(z64)!;
    expect(parseInt(crc!, 16)).toBe(computeCrc16Xmodem(body!));
  });
});

describe('ZPL ~HS status', () => {
  const reply = (s1: string, s2: string): Uint8Array => Buffer.from(`\x02${s1}\x03\r\n\x02${s2}\x03\r\n\x021234,0\x03\r\n`, 'latin1');

  it('reads a ready printer as ready', () => {
    const status = zplDriver.status!.parse(reply('030,0,0,1218,000,0,0,0,000,0,0,0', '001,0,0,0,0,2,6,0,00000000,1,000'));
    expect(status).toMatchObject({ ready: true, problems: [] });
    expect(text(zplDriver.status!.request)).toBe('~HS');
  });

  it('reads paper out, pause and head up', () => {
    const status = parseZplHostStatus(reply('030,1,1,1218,000,0,0,0,000,0,0,0', '001,0,1,0,0,2,6,0,00000000,1,000'));
    expect(status.ready).toBe(false);
    expect(status.problems).toEqual(['out of paper', 'paused', 'head open']);
    expect(parseZplHostStatus(new Uint8Array(0)).problems).toEqual(['unreadable status reply']);
  });
});
