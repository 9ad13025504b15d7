import { describe, it, expect } from 'vitest';
import { getPixel, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent } from '../../job-options';
import { createTsplDecoder } from './tspl-decoder';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const art = (bmp: Bitmap1): string[] =>
  Array.from({ length: bmp.height }, (_, y) => Array.from({ length: bmp.width }, (_, x) => (getPixel(bmp, x, y) ? '#' : '.')).join(''));
const labels = (events: DecodedEvent[]): Bitmap1[] => events.flatMap((e) => (e.kind === 'label' ? [e.bitmap] : []));

describe('createTsplDecoder', () => {
  it('counts BITMAP payload bytes (CR, LF and quotes inside), 0 = burn, even fed one byte at a time', () => {
    const stream = bytes('SIZE 2 dot,3 dot\r\nSIZE 16 dot,3 dot\r\nCLS\r\nBITMAP 0,0,2,3,0,', [0x0d, 0x0a, 0x22, 0xff, 0x0a, 0x0d], '\r\nPRINT 1,2\r\n');
    const d = createTsplDecoder();
    const events = [...Array.from(stream).flatMap((b) => d.feed(Uint8Array.of(b))), ...d.end()];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'label', copies: 2 });
    expect(art(labels(events)[0]!)).toEqual(['####..#.####.#.#', '##.###.#........', '####.#.#####..#.']);
  });

  it('applies modes 0 (overwrite), 1 (or) and 2 (xor)', () => {
    const base = 'SIZE 8 dot,1 dot\r\nCLS\r\nBITMAP 0,0,1,1,0,';
    const run = (mode: number): string[] => art(labels(createTsplDecoder().feed(bytes(base, [0b0011_0011], `\r\nBITMAP 0,0,1,1,${mode},`, [0b0101_0101], '\r\nPRINT 1\r\n')))[0]!);
    expect(run(0)).toEqual(['#.#.#.#.']);
    expect(run(1)).toEqual(['###.###.']);
    expect(run(2)).toEqual(['.##..##.']);
  });

  it('reads SIZE in mm and inches at its dpi, skips unknown lines, and draws BARs', () => {
    const d = createTsplDecoder({ dpi: 300 });
    const [label] = labels(d.feed(bytes('SIZE 25.4 mm,0.1\r\nGAP 3 mm,0 mm\r\nTEXT 10,10,"3",0,1,1,"HI, \\"x\\""\r\nCLS\r\nBAR 2,1,3,2\r\nPRINT 1,1\r\n')));
    expect([label!.width, label!.height]).toEqual([300, 30]);
    expect([getPixel(label!, 1, 1), getPixel(label!, 2, 1), getPixel(label!, 4, 2), getPixel(label!, 5, 2), getPixel(label!, 2, 3)]).toEqual([false, true, true, false, false]);
  });

  it('keeps the buffer after PRINT (drawing on adds to it) without changing the label already handed out', () => {
    const d = createTsplDecoder();
    const [first, second, third] = labels(d.feed(bytes('SIZE 4 dot,1 dot\r\nCLS\r\nBAR 0,0,1,1\r\nPRINT 1\r\nBAR 3,0,1,1\r\nPRINT 1\r\nCLS\r\nBAR 1,0,1,1\r\nPRINT 1\r\n')));
    expect([art(first!), art(second!), art(third!)]).toEqual([['#...'], ['#..#'], ['.#..']]);
  });

  it('draws later labels into bitmaps given back with recycle, wiped first', () => {
    const d = createTsplDecoder();
    const [first] = labels(d.feed(bytes('SIZE 4 dot,1 dot\r\nCLS\r\nBAR 0,0,4,1\r\nPRINT 1\r\n')));
    d.recycle!(first!); // the buffer itself: drawn on again in place
    const [second] = labels(d.feed(bytes('CLS\r\nBAR 2,0,1,1\r\nPRINT 1\r\n')));
    expect(second).toBe(first);
    expect(art(second!)).toEqual(['..#.']);
    // Not given back: the next label gets a buffer of its own, and the one handed out stays as it was.
    const [kept] = labels(d.feed(bytes('CLS\r\nBAR 1,0,1,1\r\nPRINT 1\r\n')));
    expect(kept).not.toBe(second);
    expect([art(second!), art(kept!)]).toEqual([['..#.'], ['.#..']]);
    d.recycle!(second!); // an older one: kept as the spare for the next blank buffer
    const [fourth] = labels(d.feed(bytes('CLS\r\nBAR 3,0,1,1\r\nPRINT 1\r\n')));
    expect(fourth).toBe(second);
    expect(art(fourth!)).toEqual(['...#']);
    // A bitmap of another size is not taken.
    d.recycle!({ width: 5, height: 1, stride: 1, data: new Uint8Array(1) });
    const [third] = labels(d.feed(bytes('CLS\r\nPRINT 1\r\n')));
    expect(third!.width).toBe(4);
  });

  it('answers <ESC>!? with one ready byte, wherever it arrives', () => {
    const d = createTsplDecoder();
    expect(d.feed(bytes([0x1b, 0x21]))).toEqual([]);
    expect(d.feed(bytes([0x3f], 'SIZE 1 dot,1 dot\r\n'))).toEqual([{ kind: 'reply', bytes: Uint8Array.of(0) }]);
  });

  it('applies DIRECTION, REFERENCE and SHIFT to the printed label', () => {
    const [label] = labels(createTsplDecoder().feed(bytes('SIZE 8 dot,2 dot\r\nDIRECTION 1,0\r\nREFERENCE 1,0\r\nSHIFT 1\r\nCLS\r\nBITMAP 0,0,1,1,1,', [0b0011_1111], '\r\nPRINT 1\r\n')));
    expect(art(label!)).toEqual(['.....##.', '........']); // drawn at (1,1) and (2,1), then turned 180 degrees
  });

  it('refuses absurd sizes, drawing before SIZE and truncated streams with INKLESS_PRINTER_DECODE', () => {
    const code = expect.objectContaining({ code: 'INKLESS_PRINTER_DECODE' });
    expect(() => createTsplDecoder().feed(bytes('SIZE 30000 dot,10 dot\r\n'))).toThrow(code);
    expect(() => createTsplDecoder().feed(bytes('SIZE 10 dot,10 dot\r\nBITMAP 0,0,5000,1,0,'))).toThrow(code);
    expect(() => createTsplDecoder().feed(bytes('CLS\r\n'))).toThrow(code);
    expect(() => createTsplDecoder().feed(bytes('SIZE 10 dot,10 dot\r\nBITMAP 0,0,1,1,7,x\r\n'))).toThrow(code);
    const d = createTsplDecoder();
    d.feed(bytes('SIZE 8 dot,8 dot\r\nBITMAP 0,0,1,8,0,abc'));
    expect(() => d.end()).toThrow(code);
  });
});
