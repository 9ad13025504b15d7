import { describe, it, expect } from 'vitest';
import { getPixel, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent } from '../../job-options';
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

  it('prints bands from the GS L left margin (dots), taken only at a line start, and ESC @ resets it', () => {
    const gsL = (dots: number): number[] => [0x1d, 0x4c, dots & 0xff, dots >> 8];
    const band = (byte: number): number[] => [0x1d, 0x76, 0x30, 0, 1, 0, 1, 0, byte];
    const events = decode([
      ...gsL(3), ...band(0xc0), // dots 3, 4
      0x41, ...gsL(9), 0x0a, ...band(0x80), // GS L after the text byte 'A' is ignored: still at 3
      ...gsL(9), ...band(0x80), // at a line start (after LF): dot 9
      0x1b, 0x40, ...band(0x80), 0x1d, 0x0c, // ESC @: margin 0
    ]);
    const [label] = labels(events);
    expect(art(label!).filter((row) => row.includes('#')).map((row) => row.slice(0, 12))).toEqual(['...##.......', '...#........', '.........#..', '#...........']);
    expect(label!.width).toBe(17);
  });

  it('prints every data row twice with m = 2 and every dot twice across with m = 1', () => {
    const events = decode([0x1d, 0x76, 0x30, 2, 1, 0, 2, 0, 0b1010_0000, 0b0100_0000, 0x1d, 0x76, 0x30, 1, 1, 0, 1, 0, 0b1010_0000, 0x1d, 0x0c]);
    const [label] = labels(events);
    expect(art(label!).map((row) => row.slice(0, 6))).toEqual(['#.#...', '#.#...', '.#....', '.#....', '##..##']);
    expect([label!.width, label!.height]).toEqual([16, 5]);
  });

  it('refuses ink past the print area that GS L + GS W set (models differ there)', () => {
    const code = expect.objectContaining({ code: 'INKLESS_PRINTER_DECODE' });
    const area = [0x1d, 0x4c, 8, 0, 0x1d, 0x57, 4, 0]; // dots 8..11
    expect(labels(decode([...area, 0x1d, 0x76, 0x30, 0, 1, 0, 1, 0, 0xf0, 0x1d, 0x0c]))).toHaveLength(1);
    expect(() => decode([...area, 0x1d, 0x76, 0x30, 0, 1, 0, 1, 0, 0xf8, 0x1d, 0x0c])).toThrow(code);
    expect(() => decode([...area, 0x1d, 0x76, 0x30, 1, 1, 0, 1, 0, 0x30, 0x1d, 0x0c])).toThrow(code);
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
