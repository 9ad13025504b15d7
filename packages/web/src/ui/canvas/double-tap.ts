/** Two presses closer together than this (ms) are a double-click or double-tap: the usual system default. */
export const DOUBLE_TAP_MS = 500;
/** How far apart (CSS px) the two presses of a double-click may land; fingers get more room than a mouse. */
const DOUBLE_TAP_SLOP_PX: Readonly<Record<string, number>> = { mouse: 6, pen: 12, touch: 24 };

/** A press that ended without moving: where, when, and with what. */
export interface Tap {
  readonly xPx: number;
  readonly yPx: number;
  readonly timeMs: number;
  readonly pointerType: string;
}

/**
 * Recognises double-clicks and double-taps from pointer releases, the same way for a mouse and a
 * finger (browsers do not all send `dblclick` for a double-tap). `tap` returns true on the second
 * press of a pair; a third press starts a new pair.
 */
export function createDoubleTapDetector(): { tap(t: Tap): boolean; reset(): void } {
  let last: Tap | undefined;
  return {
    tap(t) {
      const slop = DOUBLE_TAP_SLOP_PX[t.pointerType] ?? DOUBLE_TAP_SLOP_PX['mouse']!;
      const isDouble = last !== undefined && last.pointerType === t.pointerType && t.timeMs - last.timeMs <= DOUBLE_TAP_MS
        && Math.hypot(t.xPx - last.xPx, t.yPx - last.yPx) <= slop;
      last = isDouble ? undefined : t;
      return isDouble;
    },
    reset() {
      last = undefined;
    },
  };
}
