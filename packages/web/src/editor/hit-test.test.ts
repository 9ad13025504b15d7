import { describe, expect, it } from 'vitest';
import { findElementsAt, findElementsInRect, findTopElementAt } from './hit-test';
import { makeDocument, rectElement } from './testing/make-document';

const doc = makeDocument([
  rectElement('back', 0, 0, 50, 40),
  rectElement('front', 10, 10, 20, 10),
  { type: 'line', id: 'rule', xMm: 0, yMm: 45, widthMm: 100, heightMm: 0.5 },
]);

describe('hit testing', () => {
  it('lists the elements under a point topmost first (later elements are drawn on top)', () => {
    expect(findElementsAt(doc, { xMm: 15, yMm: 15 })).toEqual(['front', 'back']);
    expect(findTopElementAt(doc, { xMm: 15, yMm: 15 })).toBe('front');
    expect(findTopElementAt(doc, { xMm: 45, yMm: 5 })).toBe('back');
    expect(findTopElementAt(doc, { xMm: 80, yMm: 20 })).toBeUndefined();
  });

  it('hits a thin line within the tolerance, but prefers an element the point is inside', () => {
    expect(findTopElementAt(doc, { xMm: 80, yMm: 46 })).toBeUndefined();
    expect(findTopElementAt(doc, { xMm: 80, yMm: 46 }, 1)).toBe('rule');
    // A line drawn over a box's top edge: just below the line, inside the box, the box wins.
    const stacked = makeDocument([rectElement('box', 0, 40, 50, 10), { type: 'line', id: 'edge', xMm: 0, yMm: 39.75, widthMm: 50, heightMm: 0.5 }]);
    expect(findTopElementAt(stacked, { xMm: 20, yMm: 40.6 }, 1)).toBe('box');
    expect(findTopElementAt(stacked, { xMm: 20, yMm: 39.5 }, 1)).toBe('edge');
  });

  it('finds the elements a marquee touches, in document order', () => {
    expect(findElementsInRect(doc, { xMm: 25, yMm: 15, widthMm: 60, heightMm: 40 })).toEqual(['back', 'front', 'rule']);
    expect(findElementsInRect(doc, { xMm: 60, yMm: 0, widthMm: 10, heightMm: 10 })).toEqual([]);
  });
});
