import { describe, it, expect } from 'vitest';
import { createBitmap, fillRect, toAscii, type Bitmap1 } from '../bitmap/bitmap1';
import { encodeSvg } from './encode-svg';
import { collectInkRects } from './ink-rects';
import { makeNoiseBitmap, makeShippingLabelBitmap } from './sample-bitmaps';

/** Independent of the encoder: reads every <rect> back and paints it into a fresh bitmap. */
function rasterizeSvg(svg: string): Bitmap1 {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
  const bmp = createBitmap(Number(viewBox[1]), Number(viewBox[2]));
  for (const m of svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"\/>/g)) {
    fillRect(bmp, Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]));
  }
  return bmp;
}

function countRects(svg: string): number {
  return [...svg.matchAll(/<rect x=/g)].length;
}

describe('collectInkRects', () => {
  it('merges a run that repeats on the next rows into one taller rect', () => {
    const bmp = createBitmap(10, 4);
    fillRect(bmp, 1, 0, 3, 4); // one bar
    fillRect(bmp, 6, 1, 2, 1);
    fillRect(bmp, 6, 2, 3, 1); // different run: a new rect
    expect(collectInkRects(bmp)).toEqual([
      { x: 1, y: 0, w: 3, h: 4 },
      { x: 6, y: 1, w: 2, h: 1 },
      { x: 6, y: 2, w: 3, h: 1 },
    ]);
  });

  it('finds runs across byte boundaries and to the right edge of odd widths', () => {
    const bmp = createBitmap(13, 1);
    fillRect(bmp, 6, 0, 4, 1);
    fillRect(bmp, 12, 0, 1, 1);
    expect(collectInkRects(bmp)).toEqual([{ x: 6, y: 0, w: 4, h: 1 }, { x: 12, y: 0, w: 1, h: 1 }]);
  });
});

describe('encodeSvg', () => {
  it('sizes the SVG in mm with a viewBox in dots and crisp edges', () => {
    const svg = encodeSvg(createBitmap(400, 240), { widthMm: 50, heightMm: 30 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="50mm" height="30mm" viewBox="0 0 400 240" shape-rendering="crispEdges">/);
  });

  it('draws a barcode as one rect per bar', () => {
    const bmp = createBitmap(60, 40);
    const bars = [[2, 1], [5, 3], [10, 2], [14, 1], [17, 4], [24, 2]] as const;
    for (const [x, w] of bars) fillRect(bmp, x, 0, w, 40);
    const svg = encodeSvg(bmp, { widthMm: 7.5, heightMm: 5 });
    expect(countRects(svg)).toBe(bars.length);
    expect(svg).toContain('<rect x="17" y="0" width="4" height="40"/>');
  });

  it.each([[1, 1], [13, 5], [97, 41]])('re-rasterizes exactly for %ix%i noise', (w, h) => {
    const bmp = makeNoiseBitmap(w, h, w + h, 40);
    expect(toAscii(rasterizeSvg(encodeSvg(bmp, { widthMm: 10, heightMm: 10 })))).toBe(toAscii(bmp));
  });

  it('re-rasterizes a full 4x6 in shipping label exactly and deterministically', () => {
    const bmp = makeShippingLabelBitmap();
    const svg = encodeSvg(bmp, { widthMm: 101.6, heightMm: 152.4 });
    expect(rasterizeSvg(svg).data).toEqual(bmp.data);
    expect(encodeSvg(bmp, { widthMm: 101.6, heightMm: 152.4 })).toBe(svg);
  });

  it('adds a background only when asked, and refuses unsafe colours', () => {
    const bmp = createBitmap(2, 2);
    expect(encodeSvg(bmp, { widthMm: 1, heightMm: 1 })).not.toContain('fill="#fff"');
    expect(encodeSvg(bmp, { widthMm: 1, heightMm: 1, background: '#fff' })).toContain('<rect width="2" height="2" fill="#fff"/>');
    expect(() => encodeSvg(bmp, { widthMm: 1, heightMm: 1, ink: '"/><script>' })).toThrow(/not a hex colour/);
    expect(() => encodeSvg(bmp, { widthMm: 0, heightMm: 1 })).toThrow(/positive/);
  });
});
