import { describe, expect, it } from 'vitest';
import { toAscii } from '../bitmap/bitmap1';
import type { GlyphOutline } from './font-face';
import { fillEdges } from './fill-edges';
import { flattenOutline } from './flatten-outline';

/** A closed polygon in font units (y up), as outline commands. */
function polygon(points: readonly (readonly [number, number])[]): GlyphOutline {
  return [
    { type: 'M', x: points[0]![0], y: points[0]![1] },
    ...points.slice(1).map(([x, y]) => ({ type: 'L' as const, x, y })),
    { type: 'Z' },
  ];
}

const draw = (outline: GlyphOutline, scale = 1, shear = 0) => fillEdges(flattenOutline(outline, { scale, shear }));

describe('fillEdges', () => {
  it('fills a square exactly: every dot whose centre is inside', () => {
    const { bitmap, left, top } = draw(polygon([[1, 1], [5, 1], [5, 4], [1, 4]]));
    expect([left, top, bitmap.width, bitmap.height]).toEqual([1, -4, 4, 3]);
    expect(toAscii(bitmap)).toBe(['####', '####', '####'].join('\n'));
  });

  it('samples at dot centres: a square from 0.6 to 3.4 covers dots 1 and 2 only', () => {
    const { bitmap, left } = draw(polygon([[0.6, 0.6], [3.4, 0.6], [3.4, 3.4], [0.6, 3.4]]));
    expect(left).toBe(0);
    expect(toAscii(bitmap)).toBe(['....', '.##.', '.##.', '....'].join('\n'));
  });

  it('fills a right triangle up to its hypotenuse, centres on the edge staying blank', () => {
    // Row r samples y = 7.5 - r (font units), where the hypotenuse is at x = 0.5 + r: exactly r centres lie left of it.
    const { bitmap } = draw(polygon([[0, 0], [8, 0], [0, 8]]));
    const expected = Array.from({ length: 8 }, (_, r) => '#'.repeat(r).padEnd(8, '.'));
    expect(toAscii(bitmap)).toBe(expected.join('\n'));
  });

  it('leaves a hole where an inner contour winds the other way (nonzero rule)', () => {
    const outer = polygon([[0, 0], [6, 0], [6, 6], [0, 6]]);
    const innerReversed = polygon([[2, 2], [2, 4], [4, 4], [4, 2]]);
    const innerSameWay = polygon([[2, 2], [4, 2], [4, 4], [2, 4]]);
    expect(toAscii(draw([...outer, ...innerReversed]).bitmap)).toBe([
      '######', '######', '##..##', '##..##', '######', '######',
    ].join('\n'));
    expect(toAscii(draw([...outer, ...innerSameWay]).bitmap)).toBe(new Array(6).fill('######').join('\n'));
  });

  it('flattens a quadratic curve into a round shape, the same way every time', () => {
    // A disc of radius 4 from four quadratic arcs (control points on the square's corners).
    const disc: GlyphOutline = [
      { type: 'M', x: 8, y: 4 },
      { type: 'Q', x1: 8, y1: 8, x: 4, y: 8 },
      { type: 'Q', x1: 0, y1: 8, x: 0, y: 4 },
      { type: 'Q', x1: 0, y1: 0, x: 4, y: 0 },
      { type: 'Q', x1: 8, y1: 0, x: 8, y: 4 },
      { type: 'Z' },
    ];
    const art = toAscii(draw(disc).bitmap);
    // The arcs pass through (7, 7) at 45 degrees, so the corner dots (centres at 7.5) stay blank.
    expect(art).toBe(['..####..', '.######.', '########', '########', '########', '########', '.######.', '..####..'].join('\n'));
    const cubic: GlyphOutline = [
      { type: 'M', x: 0, y: 0 },
      { type: 'C', x1: 0, y1: 10, x2: 10, y2: 10, x: 10, y: 0 },
      { type: 'Z' },
    ];
    expect(flattenOutline(cubic, { scale: 1, shear: 0 })).toEqual(flattenOutline(cubic, { scale: 1, shear: 0 }));
    expect(flattenOutline(cubic, { scale: 1, shear: 0 }).length / 4).toBeGreaterThan(4);
  });

  it('shears for synthetic italic: the top row moves right of the bottom row', () => {
    const { bitmap, left } = draw(polygon([[0, 0], [2, 0], [2, 10], [0, 10]]), 1, 0.2);
    expect(left).toBe(0);
    const rows = toAscii(bitmap).split('\n');
    expect(rows[0]!.indexOf('#')).toBeGreaterThan(rows[rows.length - 1]!.indexOf('#'));
  });

  it('gives an empty bitmap for an empty outline (a space)', () => {
    expect(draw([]).bitmap.width).toBe(0);
  });
});
