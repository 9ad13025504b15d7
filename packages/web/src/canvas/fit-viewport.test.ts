import { describe, expect, it } from 'vitest';
import { fitViewport } from './fit-viewport';

describe('fitViewport', () => {
  it('fits a 4x6 in label at 203 dpi into the stage, centred', () => {
    // 812 x 1218 dots; the height limits: (1000 - 64) / 1218.
    const v = fitViewport({ widthMm: 101.6, heightMm: 152.4, dpi: 203 }, { widthPx: 1200, heightPx: 1000 });
    expect(v.zoom).toBeCloseTo(936 / 1218, 6);
    expect(v.panYPx).toBe(32);
    expect(v.panXPx).toBe(Math.round((1200 - 812 * v.zoom) / 2));
  });

  it('does not blow a tiny label up beyond 4 screen pixels per dot', () => {
    expect(fitViewport({ widthMm: 10, heightMm: 10, dpi: 203 }, { widthPx: 2000, heightPx: 2000 }).zoom).toBe(4);
  });
});
