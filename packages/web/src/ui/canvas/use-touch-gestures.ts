import { useEffect, type RefObject } from 'react';
import type { Editor } from '../../editor/editor';
import { zoomViewportAt, type PointPx, type Viewport } from '../../editor/viewport';

interface Pinch {
  readonly startDistancePx: number;
  readonly startMid: PointPx;
  readonly start: Viewport;
}

const distance = (a: PointPx, b: PointPx) => Math.hypot(a.xPx - b.xPx, a.yPx - b.yPx);
const midpoint = (a: PointPx, b: PointPx): PointPx => ({ xPx: (a.xPx + b.xPx) / 2, yPx: (a.yPx + b.yPx) / 2 });

/**
 * Two fingers on the stage zoom (pinch) and pan (move together) the view; one finger stays the
 * tools' pointer (select, move, draw: use-stage-input.ts). When a second finger lands, the first
 * finger's gesture is cancelled (a pointercancel for it, so nothing is half-moved) and, until
 * every finger of the pinch is lifted, their events are kept from the tools.
 */
export function useTouchGestures(stageRef: RefObject<HTMLDivElement | null>, editor: Editor): void {
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const fingers = new Map<number, PointPx>();
    /** The fingers of the current pinch: their events are the pinch's, not the tools'. */
    const pinchFingers = new Set<number>();
    let pinch: Pinch | undefined;
    /** Set while this hook cancels a finger's tool gesture: that pointercancel is not a lifted finger. */
    let cancelling = false;

    const at = (e: PointerEvent): PointPx => {
      const rect = stage.getBoundingClientRect();
      return { xPx: e.clientX - rect.left, yPx: e.clientY - rect.top };
    };
    const startPinch = () => {
      const [a, b] = [...fingers.values()] as [PointPx, PointPx];
      pinch = { startDistancePx: Math.max(1, distance(a, b)), startMid: midpoint(a, b), start: editor.store.getState().viewport };
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      fingers.set(e.pointerId, at(e));
      if (fingers.size < 2 && pinchFingers.size === 0) return;
      e.stopPropagation();
      e.preventDefault();
      for (const id of fingers.keys()) {
        if (pinchFingers.has(id) || id === e.pointerId) continue;
        // The finger that landed first was a tool gesture: end it as the browser ends a lost pointer.
        cancelling = true;
        stage.dispatchEvent(new PointerEvent('pointercancel', { pointerId: id, pointerType: 'touch', bubbles: true }));
        cancelling = false;
      }
      for (const id of fingers.keys()) pinchFingers.add(id);
      if (fingers.size === 2) startPinch();
    };
    const onMove = (e: PointerEvent) => {
      if (fingers.has(e.pointerId)) fingers.set(e.pointerId, at(e));
      if (!pinchFingers.has(e.pointerId)) return;
      e.stopPropagation();
      if (!pinch || fingers.size !== 2) return;
      const [a, b] = [...fingers.values()] as [PointPx, PointPx];
      const mid = midpoint(a, b);
      const zoomed = zoomViewportAt(pinch.start, distance(a, b) / pinch.startDistancePx, pinch.startMid);
      editor.setViewport({ ...zoomed, panXPx: zoomed.panXPx + mid.xPx - pinch.startMid.xPx, panYPx: zoomed.panYPx + mid.yPx - pinch.startMid.yPx });
    };
    const onUp = (e: PointerEvent) => {
      if (e.pointerType !== 'touch' || cancelling) return;
      fingers.delete(e.pointerId);
      if (!pinchFingers.has(e.pointerId)) return;
      e.stopPropagation();
      pinchFingers.delete(e.pointerId);
      // One finger left of two: the pinch ends; that finger does nothing more until it is lifted.
      pinch = undefined;
      if (fingers.size === 2) startPinch();
    };
    stage.addEventListener('pointerdown', onDown, { capture: true });
    stage.addEventListener('pointermove', onMove, { capture: true });
    stage.addEventListener('pointerup', onUp, { capture: true });
    stage.addEventListener('pointercancel', onUp, { capture: true });
    return () => {
      stage.removeEventListener('pointerdown', onDown, { capture: true });
      stage.removeEventListener('pointermove', onMove, { capture: true });
      stage.removeEventListener('pointerup', onUp, { capture: true });
      stage.removeEventListener('pointercancel', onUp, { capture: true });
    };
  }, [stageRef, editor]);
}
