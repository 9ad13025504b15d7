import { describe, expect, it } from 'vitest';
import { fitImage } from './fit-image';

describe('fitImage', () => {
  it('contain keeps the aspect and centres a wide image vertically', () => {
    const p = fitImage(600, 200, 400, 240, 'contain');
    expect([p.widthDots, p.heightDots, p.xDots, p.yDots]).toEqual([400, 133, 0, 53]);
    expect(p.source).toEqual({ x: 0, y: 0, width: 600, height: 200 });
  });

  it('contain centres a tall image horizontally and enlarges small ones', () => {
    const p = fitImage(10, 20, 400, 240, 'contain');
    expect([p.widthDots, p.heightDots, p.xDots, p.yDots]).toEqual([120, 240, 140, 0]);
  });

  it('contain never makes an image vanish', () => {
    const p = fitImage(10_000, 1, 100, 100, 'contain');
    expect([p.widthDots, p.heightDots]).toEqual([100, 1]);
  });

  it('cover fills the box and crops the centre of the source', () => {
    const p = fitImage(600, 200, 400, 240, 'cover');
    expect([p.widthDots, p.heightDots, p.xDots, p.yDots]).toEqual([400, 240, 0, 0]);
    // Scale 1.2 (the height decides): the box shows 400/1.2 = 333.3 of the 600 source columns.
    expect(p.source.width).toBeCloseTo(1000 / 3, 9);
    expect(p.source.x).toBeCloseTo((600 - 1000 / 3) / 2, 9);
    expect([p.source.y, p.source.height]).toEqual([0, 200]);
    expect(p.source.width / p.source.height).toBeCloseTo(400 / 240, 9);
  });

  it('stretch fills the box with the whole source', () => {
    const p = fitImage(600, 200, 400, 240, 'stretch');
    expect([p.widthDots, p.heightDots, p.xDots, p.yDots]).toEqual([400, 240, 0, 0]);
    expect(p.source).toEqual({ x: 0, y: 0, width: 600, height: 200 });
  });
});
