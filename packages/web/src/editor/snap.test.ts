import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectSnapTargets, snapAxis, snapPoint, snapRect } from './snap';
import { makeDocument, rectElement } from './testing/make-document';

describe('collectSnapTargets', () => {
  it('offers the label edges and centre, the margins, and edges and centres of elements not moving', () => {
    const doc = makeDocument([rectElement('a', 10, 5, 20, 10), rectElement('moving', 60, 30, 10, 10)], { marginsMm: { left: 2, top: 0, right: 0, bottom: 3 } });
    const t = collectSnapTargets(doc, new Set(['moving']));
    expect([...t.xsMm].sort((p, q) => p - q)).toEqual([0, 2, 10, 20, 30, 50, 100]);
    expect([...t.ysMm].sort((p, q) => p - q)).toEqual([0, 5, 10, 15, 30, 57, 60]);
  });
});

describe('snapping', () => {
  it('moves the nearest edge or centre onto a line within the threshold and reports the guide', () => {
    const r = snapRect({ xMm: 10.4, yMm: 3, widthMm: 20, heightMm: 10 }, { xsMm: [50], ysMm: [40] }, 0.75);
    // The right edge (30.4) is far from 50, the centre (20.4) too, but nothing else: no snap on x...
    expect(r.rect.xMm).toBe(10.4);
    const s = snapRect({ xMm: 39.6, yMm: 3, widthMm: 20, heightMm: 10 }, { xsMm: [50], ysMm: [40] }, 0.75);
    // ...while a centre at 49.6 goes to 50.
    expect(s.rect.xMm).toBeCloseTo(40, 12);
    expect(s.guides).toEqual([{ axis: 'x', posMm: 50 }]);
  });

  it('prefers the closest of several lines', () => {
    expect(snapAxis([10], [10.5, 9.8], 1).offsetMm).toBeCloseTo(-0.2, 12);
  });

  it('snaps a point per axis', () => {
    const r = snapPoint({ xMm: 49.5, yMm: 12 }, { xsMm: [50], ysMm: [0] }, 0.75);
    expect(r.point).toEqual({ xMm: 50, yMm: 12 });
    expect(r.guides).toEqual([{ axis: 'x', posMm: 50 }]);
  });

  const mm = fc.double({ min: -500, max: 500, noNaN: true });
  const size = fc.double({ min: 0.01, max: 200, noNaN: true });

  it('never moves a box by more than the threshold, and always lands on a line when one is in reach', () => {
    fc.assert(
      fc.property(mm, mm, size, size, fc.array(mm, { maxLength: 12 }), fc.array(mm, { maxLength: 12 }), fc.double({ min: 0, max: 10, noNaN: true }), (x, y, w, h, xs, ys, threshold) => {
        const raw = { xMm: x, yMm: y, widthMm: w, heightMm: h };
        const { rect, guides } = snapRect(raw, { xsMm: xs, ysMm: ys }, threshold);
        expect(Math.abs(rect.xMm - x)).toBeLessThanOrEqual(threshold + 1e-9);
        expect(Math.abs(rect.yMm - y)).toBeLessThanOrEqual(threshold + 1e-9);
        const edgesX = [x, x + w / 2, x + w];
        const reachableX = xs.some((t) => edgesX.some((e) => Math.abs(t - e) <= threshold));
        expect(guides.some((g) => g.axis === 'x')).toBe(reachableX);
        for (const g of guides.filter((q) => q.axis === 'x')) {
          expect([rect.xMm, rect.xMm + w / 2, rect.xMm + w].some((e) => Math.abs(e - g.posMm) <= 1e-6)).toBe(true);
        }
      }),
    );
  });

  it('picks a shift no larger than any other that would put an edge on a line', () => {
    fc.assert(
      fc.property(fc.array(mm, { minLength: 1, maxLength: 3 }), fc.array(mm, { maxLength: 12 }), fc.double({ min: 0, max: 10, noNaN: true }), (values, targets, threshold) => {
        const { offsetMm } = snapAxis(values, targets, threshold);
        const candidates = values.flatMap((v) => targets.map((t) => t - v)).filter((d) => Math.abs(d) <= threshold);
        for (const d of candidates) expect(Math.abs(offsetMm)).toBeLessThanOrEqual(Math.abs(d));
      }),
    );
  });
});
