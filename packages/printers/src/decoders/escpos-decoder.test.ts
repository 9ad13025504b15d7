import { describe, it, expect } from 'vitest';
import { getPixel, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent } from '../job-options';
import { createEscposDecoder } from './escpos-decoder';

const art = (bmp: Bitmap1): string[] =>
  Array.from({ length: bmp.height }, (_, y) => Array.from({ length: bmp.width }, (_, x) => (getPixel(bmp, x, y) ? '#' : '.')).join(''));
const labels = (events: DecodedEvent[]): Bitmap1[] => events.flatMap((e) => (e.kind === 'label' ? [e.bitmap] : []));
const decode = (bytes: number[]): DecodedEvent[] => {
  const d = createEscposDecoder();
  return [...bytes.flatMap((b) => d.feed(Uint8Array.of(b))), ...d.end()];
};

describe('createEscposDecoder', () => {
  it('stacks GS v 0 bands and ESC J feeds into one label per GS FF, 1 = black', () => {
    const events = decode([0x1b, 0x40, 0x1b, 0x4a, 1, 0x1d, 0x76, 0x30, 0, 1, 0, 2, 0, 0b1000_0001, 0x0c /* data, not FF */, 0x1d, 0x76, 0x30, 0, 2, 0, 1, 0, 0, 1, 0x1d, 0x0c]);
    const [label] = labels(events);
    expect(events).toHaveLength(1);
    expect(art(label!)).toEqual(['................', '#......#........', '....##..........', '...............#']);
  });

  it('ends labels at FF and at a cut, ignores a cut right after a label end, and scales m = 3', () => {
    const events = decode([0x1d, 0x76, 0x30, 3, 1, 0, 1, 0, 0x80, 0x0c, 0x1d, 0x56, 66, 0, 0x1b, 0x64, 1, 0x1d, 0x56, 0]);
    const [a, b] = labels(events);
    expect(events).toHaveLength(2);
    expect(art(a!).slice(0, 2).map((r) => r.slice(0, 3))).toEqual(['##.', '##.']);
    expect([a!.width, a!.height, b!.width, b!.height]).toEqual([16, 2, 0, 30]);
  });

  it('answers DLE EOT n with a healthy status byte', () => {
    expect(decode([0x10, 0x04, 0x01])).toEqual([{ kind: 'reply', bytes: Uint8Array.of(0x12) }]);
  });

  it('refuses unknown commands, absurd sizes and truncated streams with INKLESS_PRINTER_DECODE', () => {
    const code = expect.objectContaining({ code: 'INKLESS_PRINTER_DECODE' });
    expect(() => decode([0x1b, 0x99])).toThrow(code);
    expect(() => decode([0x1d, 0x76, 0x30, 0, 0x10, 0x27, 1, 0])).toThrow(code);
    expect(() => decode([0x1b, 0x4a, 255, ...Array.from({ length: 80 }, () => [0x1b, 0x4a, 255]).flat()])).toThrow(code);
    expect(() => decode([0x1d, 0x76, 0x30, 0, 1, 0, 4, 0, 0])).toThrow(code);
  });
});
