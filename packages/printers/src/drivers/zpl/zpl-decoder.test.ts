// Hand-written ZPL (from the guide's syntax, not from our driver) read back into labels.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toAscii, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent } from '../../job-options';
import { createZplDecoder } from './zpl-decoder';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const labels = (events: DecodedEvent[]): { bitmap: Bitmap1; copies: number }[] => events.flatMap((e) => (e.kind === 'label' ? [e] : []));
const decodeAll = (zpl: string): DecodedEvent[] => {
  const d = createZplDecoder();
  return [...d.feed(bytes(zpl)), ...d.end()];
};

/** CRC-16/XMODEM, table-driven (a third implementation, only for building test data). */
function crc16(text: string): string {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1;
    return c & 0xffff;
  });
  let crc = 0;
  for (const ch of text) crc = ((crc << 8) ^ table[((crc >> 8) ^ ch.charCodeAt(0)) & 0xff]!) & 0xffff;
  return crc.toString(16).padStart(4, '0');
}

function z64(data: number[]): string {
  const b64 = deflateSync(Buffer.from(data)).toString('base64');
  return `:Z64:${b64}:${crc16(b64)}`;
}

describe('createZplDecoder', () => {
  it('draws ^GFA hex at ^LH + ^FO on a ^PW x ^LL label, with ^PQ copies', () => {
    const [label] = labels(decodeAll('^XA^PW16^LL3^LH2,0^FO1,1^GFA,2,2,1,\r\nF0\r\n81^FS^PQ4^XZ'));
    expect(label!.copies).toBe(4);
    expect(toAscii(label!.bitmap)).toBe(['................', '...####.........', '...#......#.....'].join('\n'));
  });

  it('reads ACS: counts, "," "!" and ":"', () => {
    // Row 1: 1 then six 2s then 1 ("1L21"); row 2: F then the rest 0; row 3: ":" = row 2; row 4: "!" all ones.
    const [label] = labels(decodeAll('^XA^PW32^LL4^FO0,0^GFA,16,16,4,1L21F,:!^FS^XZ'));
    const rows = toAscii(label!.bitmap).split('\n');
    expect(rows).toEqual([
      `...#${'..#.'.repeat(6)}...#`,
      '####............................',
      '####............................',
      '################################',
    ]);
  });

  it('reads ACS counts of twenty and more', () => {
    const [label] = labels(decodeAll('^XA^FO0,0^GFA,31,31,31,iH5^FS^XZ'));
    expect(label!.bitmap.data).toEqual(new Uint8Array(31).fill(0x55));
  });

  it('reads Z64 data after checking its CRC', () => {
    const [label] = labels(decodeAll(`^XA^FO0,0^GFA,4,4,2,${z64([0xff, 0x00, 0x01, 0x80])}^FS^XZ`));
    expect(Array.from(label!.bitmap.data)).toEqual([0xff, 0x00, 0x01, 0x80]);
  });

  it('refuses Z64 data whose CRC does not match', () => {
    const good = z64([0xff, 0x00, 0x01, 0x80]);
    const bad = good.slice(0, -4) + (good.endsWith('0000') ? '0001' : '0000');
    expect(() => decodeAll(`^XA^FO0,0^GFA,4,4,2,${bad}^FS^XZ`)).toThrow(expect.objectContaining({ code: 'INKLESS_PRINTER_DECODE' }));
  });

  it('skips commands it does not draw and answers ~HS with a ready status', () => {
    const events = decodeAll('~HS^XA^LL2^CI28^A0N,30,30^FO0,0^FDHello ~ world^FS^XZ');
    expect(events[0]).toEqual({ kind: 'reply', bytes: expect.any(Uint8Array) });
    const reply = Buffer.from((events[0] as { bytes: Uint8Array }).bytes).toString('latin1');
    expect(reply.split('\x03\r\n').filter(Boolean).map((s) => s.slice(1).split(',')[1])).toEqual(['0', '0', '0']);
    expect(labels(events)).toHaveLength(1);
  });

  it('gives the same labels fed one byte at a time', () => {
    const zpl = `^XA^PW16^LL2^FO3,0^GFA,4,4,2,${z64([1, 2, 3, 4])}^FS^XZ\n^XA^PW8^LL1^FO0,0^GFA,1,1,1,AA^FS^PQ2^XZ`;
    const d = createZplDecoder();
    const events: DecodedEvent[] = [];
    for (const b of bytes(zpl)) events.push(...d.feed(Uint8Array.of(b)));
    events.push(...d.end());
    expect(events).toEqual(decodeAll(zpl));
    expect(labels(events).map((l) => l.copies)).toEqual([1, 2]);
  });

  it('refuses absurd sizes before allocating', () => {
    for (const zpl of ['^XA^PW20001^XZ', '^XA^LL99999^XZ', '^XA^FO0,0^GFA,100000000,100000000,5000,0^FS^XZ', '^XA^GFA,3,3,2,FF^FS^XZ']) {
      expect(() => decodeAll(zpl), zpl).toThrow(expect.objectContaining({ code: 'INKLESS_PRINTER_DECODE' }));
    }
  });
});
