// Hand-written CPCL (from the manuals' syntax, not from our driver) read back into labels.
import { describe, expect, it } from 'vitest';
import { toAscii } from '@inkless/label';
import type { DecodedEvent } from '../../job-options';
import { createCpclDecoder } from './cpcl-decoder';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const decodeAll = (cpcl: string): DecodedEvent[] => {
  const d = createCpclDecoder();
  return [...d.feed(bytes(cpcl)), ...d.end()];
};

describe('createCpclDecoder', () => {
  it('draws CG binary data (even CR LF bytes in it) and EG hex at offset + x, y', () => {
    // CG payload 0D 0A: must be counted, not split as a line end.
    const job = '! 2 200 200 3 5\r\nPAGE-WIDTH 16\r\nCG 1 2 0 0 \x0d\x0a\r\nEG 1 1 6 2 F0\r\nFORM\r\nPRINT\r\n';
    const [event] = decodeAll(job);
    expect(event).toMatchObject({ kind: 'label', copies: 5 });
    const bitmap = (event as { bitmap: Parameters<typeof toAscii>[0] }).bitmap;
    expect(toAscii(bitmap)).toBe(['......##.#......', '......#.#.......', '........####....'].join('\n'));
  });

  it('skips utility lines, unknown commands and vertical graphics', () => {
    const events = decodeAll('! U1 getvar "device.status"\r\n! 0 200 200 1 1\r\nPW 8\r\nTEXT 4 0 0 0 Hi\r\nVCG 1 1 0 0 \xff\r\nPRINT\r\n');
    expect(events).toHaveLength(1);
    expect(Array.from((events[0] as { bitmap: { data: Uint8Array } }).bitmap.data)).toEqual([0]);
  });

  it('gives the same labels fed one byte at a time', () => {
    const job = '! 0 200 200 2 1\r\nPAGE-WIDTH 16\r\nCG 2 2 0 0 \x0a\x0d\xff\x00\r\nPRINT\r\n! 0 200 200 1 3\nEG 1 1 0 0 81\nPRINT\n';
    const d = createCpclDecoder();
    const events: DecodedEvent[] = [];
    for (const b of bytes(job)) events.push(...d.feed(Uint8Array.of(b)));
    events.push(...d.end());
    expect(events).toEqual(decodeAll(job));
    expect(events.map((e) => (e.kind === 'label' ? e.copies : 0))).toEqual([1, 3]);
  });

  it('refuses absurd sizes and cut-off graphics', () => {
    for (const job of ['! 0 200 200 20001 1\r\n', '! 0 200 200 10 1\r\nCG 3000 1 0 0 x\r\n', '! 0 200 200 10 1\r\nPAGE-WIDTH 99999\r\n', '! 0 200 200 10 1\r\nCG 2 2 0 0 ab']) {
      expect(() => decodeAll(job), job).toThrow(expect.objectContaining({ code: 'INKLESS_PRINTER_DECODE' }));
    }
  });
});
