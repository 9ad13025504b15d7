import { describe, expect, it } from 'vitest';
import { countInk, toAscii } from '../bitmap/bitmap1';
import type { ElementContext } from './element-kind';
import { ellipseElement } from './ellipse-element';
import { lineElement } from './line-element';
import { rectElement } from './rect-element';
import { FontSet } from '../text/font-set';

// 25.4 dpi makes 1 mm = 1 dot, so the shapes below are easy to read.
const ctx: ElementContext = { dpi: 25.4, fonts: new FontSet(), path: 'elements[0]', warn: () => {} };
const base = { xMm: 0, yMm: 0, rotation: 0 as const, inverse: false };

describe('rect', () => {
  it('draws a 1-dot frame', () => {
    const el = rectElement.schema.parse({ type: 'rect', ...base, widthMm: 6, heightMm: 4, strokeMm: 1 });
    expect(toAscii(rectElement.render(el, { widthDots: 6, heightDots: 4 }, ctx))).toBe(['######', '#....#', '#....#', '######'].join('\n'));
  });

  it('fills, and rounds corners', () => {
    const el = rectElement.schema.parse({ type: 'rect', ...base, widthMm: 8, heightMm: 6, fill: true, cornerRadiusMm: 3 });
    expect(toAscii(rectElement.render(el, { widthDots: 8, heightDots: 6 }, ctx))).toBe(
      ['.######.', '########', '########', '########', '########', '.######.'].join('\n'),
    );
  });
});

describe('ellipse', () => {
  it('draws a filled circle symmetric in both axes', () => {
    const el = ellipseElement.schema.parse({ type: 'ellipse', ...base, widthMm: 9, heightMm: 9, fill: true });
    const art = toAscii(ellipseElement.render(el, { widthDots: 9, heightDots: 9 }, ctx)).split('\n');
    expect(art).toEqual([...art].reverse());
    expect(art.map((r) => [...r].reverse().join(''))).toEqual(art);
    expect(art[4]).toBe('#########');
    expect(art[0]).toBe('..#####..'); // row centre 0.5: half-width 4.5*sqrt(1-(4/4.5)^2) = 2.06
  });

  it('outlines leave the centre empty', () => {
    const el = ellipseElement.schema.parse({ type: 'ellipse', ...base, widthMm: 20, heightMm: 10, strokeMm: 2 });
    const bmp = ellipseElement.render(el, { widthDots: 20, heightDots: 10 }, ctx);
    expect(toAscii(bmp).split('\n')[5]!.slice(4, 16)).toBe('............');
    expect(countInk(bmp)).toBeGreaterThan(60);
  });
});

describe('line', () => {
  it('centres a horizontal band of the thickness', () => {
    const el = lineElement.schema.parse({ type: 'line', ...base, widthMm: 5, heightMm: 5, thicknessMm: 1 });
    expect(toAscii(lineElement.render(el, { widthDots: 5, heightDots: 5 }, ctx))).toBe(['.....', '.....', '#####', '.....', '.....'].join('\n'));
  });

  it('draws a diagonal from top-left to bottom-right', () => {
    const el = lineElement.schema.parse({ type: 'line', ...base, widthMm: 4, heightMm: 4, thicknessMm: 1, direction: 'down' });
    expect(toAscii(lineElement.render(el, { widthDots: 4, heightDots: 4 }, ctx))).toBe(['#...', '.#..', '..#.', '...#'].join('\n'));
  });
});
