import { describe, expect, it } from 'vitest';
import { buildToneTable, isIdentityTone } from './tone';

const tone = (brightness: number, contrast: number, invert = false) => buildToneTable({ brightness, contrast, invert });

describe('buildToneTable', () => {
  it('is the identity at zero', () => {
    expect([...tone(0, 0)]).toEqual(Array.from({ length: 256 }, (_, i) => i));
    expect(isIdentityTone({ brightness: 0, contrast: 0, invert: false })).toBe(true);
    expect(isIdentityTone({ brightness: 0, contrast: 0, invert: true })).toBe(false);
  });

  it('brightness shifts every grey and clamps at the ends', () => {
    const t = tone(20, 0);
    expect([t[0], t[100], t[250]]).toEqual([51, 151, 255]);
    expect(new Set(tone(100, 0))).toEqual(new Set([255]));
    expect(new Set(tone(-100, 0))).toEqual(new Set([0]));
  });

  it('contrast spreads greys away from the middle, or flattens them', () => {
    const more = tone(0, 50);
    expect(more[64]!).toBeLessThan(64);
    expect(more[192]!).toBeGreaterThan(192);
    expect(more[128]).toBe(128);
    expect(new Set(tone(0, -100))).toEqual(new Set([128]));
    const hard = tone(0, 100);
    expect([hard[126], hard[129]]).toEqual([0, 255]);
  });

  it('invert mirrors after the other adjustments', () => {
    const t = tone(10, 0, true);
    expect([t[0], t[255]]).toEqual([255 - 26, 0]);
  });

  it('is monotonic for any settings', () => {
    for (const [b, c] of [[-50, 30], [40, -60], [0, 99], [99, 99]] as const) {
      const t = tone(b, c);
      for (let i = 1; i < 256; i++) expect(t[i]!).toBeGreaterThanOrEqual(t[i - 1]!);
    }
  });
});
