import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMmToScreen, convertPxToMm, convertScreenToMm, getMmPerDot, getPxPerMm, zoomViewportAt } from './viewport';

describe('viewport conversions', () => {
  it('shows one dot per pixel at zoom 1, whatever the dpi', () => {
    expect(getPxPerMm({ zoom: 1, panXPx: 0, panYPx: 0 }, 203) * getMmPerDot(203)).toBeCloseTo(1, 12);
    expect(getPxPerMm({ zoom: 2, panXPx: 0, panYPx: 0 }, 300)).toBeCloseTo((2 * 300) / 25.4, 12);
  });

  it('turns a screen distance into millimetres through zoom and dpi', () => {
    // 8 px at zoom 2 and 203 dpi: 4 dots, 4 x 0.125 mm.
    expect(convertPxToMm(8, { zoom: 2, panXPx: 50, panYPx: 9 }, 203)).toBeCloseTo((4 * 25.4) / 203, 12);
  });

  it('maps screen to label and back to the same point', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 1 / 16, max: 64, noNaN: true }), (x, y, zoom) => {
        const v = { zoom, panXPx: 13, panYPx: -7 };
        const back = convertMmToScreen(convertScreenToMm({ xPx: x, yPx: y }, v, 300), v, 300);
        expect(back.xPx).toBeCloseTo(x, 6);
        expect(back.yPx).toBeCloseTo(y, 6);
      }),
    );
  });

  it('zooms around the cursor: the label point under it stays under it', () => {
    const v = { zoom: 1, panXPx: 20, panYPx: 30 };
    const anchor = { xPx: 200, yPx: 150 };
    const before = convertScreenToMm(anchor, v, 203);
    const zoomed = zoomViewportAt(v, 3, anchor);
    expect(zoomed.zoom).toBe(3);
    const after = convertScreenToMm(anchor, zoomed, 203);
    expect(after.xMm).toBeCloseTo(before.xMm, 9);
    expect(after.yMm).toBeCloseTo(before.yMm, 9);
  });

  it('keeps zoom within its limits', () => {
    expect(zoomViewportAt({ zoom: 32, panXPx: 0, panYPx: 0 }, 10, { xPx: 0, yPx: 0 }).zoom).toBe(64);
    expect(zoomViewportAt({ zoom: 0.1, panXPx: 0, panYPx: 0 }, 0.1, { xPx: 0, yPx: 0 }).zoom).toBe(1 / 16);
  });
});
