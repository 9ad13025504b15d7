import { describe, expect, it } from 'vitest';
import { makeGreySamples } from './testing/fixtures';
import { resampleGrey } from './resample';

const whole = (w: number, h: number) => ({ x: 0, y: 0, width: w, height: h });

describe('resampleGrey', () => {
  it('averages the covered area when shrinking (a 1-px checkerboard becomes mid grey)', () => {
    const data = makeGreySamples(64, 64, (x, y) => ((x + y) & 1 ? 255 : 0));
    const out = resampleGrey({ width: 64, height: 64, data }, whole(64, 64), 8, 8);
    for (const v of out.data) expect(v).toBe(128); // 127.5 rounds up
  });

  it('weights partial pixels by their overlap (3 -> 2)', () => {
    const out = resampleGrey({ width: 3, height: 1, data: new Uint8Array([0, 90, 255]) }, whole(3, 1), 2, 1);
    // output 0 covers [0, 1.5): (0*1 + 90*0.5)/1.5 = 30; output 1 covers [1.5, 3): (90*0.5 + 255)/1.5 = 200
    expect([...out.data]).toEqual([30, 200]);
  });

  it('interpolates bilinearly when enlarging and keeps flat areas flat', () => {
    const out = resampleGrey({ width: 2, height: 1, data: new Uint8Array([0, 200]) }, whole(2, 1), 4, 1);
    expect([...out.data]).toEqual([0, 50, 150, 200]);
    const flat = resampleGrey({ width: 3, height: 3, data: new Uint8Array(9).fill(77) }, whole(3, 3), 10, 7);
    expect(new Set(flat.data)).toEqual(new Set([77]));
  });

  it('returns the source unchanged at 1:1', () => {
    const data = makeGreySamples(5, 4, (x, y) => x * 50 + y);
    expect([...resampleGrey({ width: 5, height: 4, data }, whole(5, 4), 5, 4).data]).toEqual([...data]);
  });

  it('draws only the source rectangle (crop)', () => {
    const data = makeGreySamples(4, 1, (x) => [0, 0, 255, 255][x]!);
    expect([...resampleGrey({ width: 4, height: 1, data }, { x: 2, y: 0, width: 2, height: 1 }, 2, 1).data]).toEqual([255, 255]);
  });
});
