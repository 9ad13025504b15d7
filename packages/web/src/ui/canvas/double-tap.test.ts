import { describe, expect, it } from 'vitest';
import { createDoubleTapDetector, DOUBLE_TAP_MS } from './double-tap';

describe('double-click and double-tap', () => {
  it('is two presses close in time and place, with the same kind of pointer', () => {
    const d = createDoubleTapDetector();
    expect(d.tap({ xPx: 10, yPx: 10, timeMs: 1000, pointerType: 'touch' })).toBe(false);
    expect(d.tap({ xPx: 25, yPx: 12, timeMs: 1200, pointerType: 'touch' })).toBe(true);
    // A third press starts a new pair.
    expect(d.tap({ xPx: 25, yPx: 12, timeMs: 1300, pointerType: 'touch' })).toBe(false);
  });

  it('is not two slow presses, two far apart, or a mouse press after a touch', () => {
    const d = createDoubleTapDetector();
    d.tap({ xPx: 10, yPx: 10, timeMs: 0, pointerType: 'mouse' });
    expect(d.tap({ xPx: 10, yPx: 10, timeMs: DOUBLE_TAP_MS + 1, pointerType: 'mouse' })).toBe(false);
    expect(d.tap({ xPx: 30, yPx: 10, timeMs: DOUBLE_TAP_MS + 100, pointerType: 'mouse' })).toBe(false);
    expect(d.tap({ xPx: 30, yPx: 10, timeMs: DOUBLE_TAP_MS + 200, pointerType: 'touch' })).toBe(false);
  });
});
