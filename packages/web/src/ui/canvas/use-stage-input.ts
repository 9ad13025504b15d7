import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { Editor } from '../../editor/editor';
import { findElement } from '../../editor/element-ids';
import { findTopElementAt, HIT_TOLERANCE_PX } from '../../editor/hit-test';
import { getEditableText } from '../../editor/tools/text-tool';
import type { PointerInput } from '../../editor/tools/tool';
import { convertPxToMm, convertScreenToMm, zoomViewportAt, type Viewport } from '../../editor/viewport';
import { isComposingKey, isTypingTarget } from '../../studio/keyboard';
import { createDoubleTapDetector } from './double-tap';

/** Wheel zoom speed: one notch of a mouse wheel (100 px) zooms by about 16 %. */
const WHEEL_ZOOM_PER_PX = 0.0015;
/** Wheel deltas in lines (Firefox) are turned into pixels at this height. */
const LINE_HEIGHT_PX = 16;

interface PanGesture {
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly start: Viewport;
}

/** A press that travels further than this (CSS px) is a drag, not one tap of a double-tap. */
const TAP_SLOP_PX = 8;

/** Opens the text element under a double-click or double-tap for typing on the canvas. */
function editTextAt(editor: Editor, p: PointerInput): void {
  const { doc, viewport } = editor.store.getState();
  const id = findTopElementAt(doc, p, convertPxToMm(HIT_TOLERANCE_PX, viewport, doc.label.dpi));
  const el = id === undefined ? undefined : findElement(doc, id);
  if (el && getEditableText(el) !== undefined) editor.startTextEdit(id!);
}

/**
 * Turns pointer, wheel and Space input on the stage into editor input: pointer positions become
 * label millimetres for the tools (with pointer capture, so a drag that leaves the stage goes on;
 * a cancelled pointer cancels the gesture), Ctrl/Cmd + wheel zooms at the cursor, the wheel
 * scrolls, and Space + drag or the middle button pans. A double-click or double-tap on a text
 * element opens it for typing on the canvas.
 */
export function useStageInput(stageRef: RefObject<HTMLDivElement | null>, editor: Editor) {
  const pan = useRef<PanGesture | null>(null);
  const active = useRef<{ pointerId: number; rect: DOMRect; startX: number; startY: number; moved: boolean } | null>(null);
  const doubleTap = useRef(createDoubleTapDetector());
  const space = useRef(false);
  const [spaceHeld, setSpaceHeld] = useState(false);
  const [panning, setPanning] = useState(false);

  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const scale = e.deltaMode === 1 ? LINE_HEIGHT_PX : 1;
      const { viewport } = editor.store.getState();
      if (e.ctrlKey || e.metaKey) {
        const rect = stage.getBoundingClientRect();
        editor.setViewport(zoomViewportAt(viewport, Math.exp(-e.deltaY * scale * WHEEL_ZOOM_PER_PX), { xPx: e.clientX - rect.left, yPx: e.clientY - rect.top }));
      } else {
        editor.setViewport({ ...viewport, panXPx: viewport.panXPx - e.deltaX * scale, panYPx: viewport.panYPx - e.deltaY * scale });
      }
    };
    const isSpace = (e: KeyboardEvent) => e.key === ' ' && !isComposingKey(e) && !isTypingTarget(e.target) && !(e.target instanceof HTMLElement && e.target.closest('button, summary, a'));
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isSpace(e)) return;
      e.preventDefault();
      space.current = true;
      setSpaceHeld(true);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key !== ' ') return;
      space.current = false;
      setSpaceHeld(false);
    };
    const onBlur = () => {
      space.current = false;
      setSpaceHeld(false);
    };
    stage.addEventListener('wheel', onWheel, { passive: false });
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      stage.removeEventListener('wheel', onWheel);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [stageRef, editor]);

  const toInput = (e: ReactPointerEvent, rect: DOMRect): PointerInput => {
    const { viewport, doc } = editor.store.getState();
    const p = convertScreenToMm({ xPx: e.clientX - rect.left, yPx: e.clientY - rect.top }, viewport, doc.label.dpi);
    return { ...p, shift: e.shiftKey, alt: e.altKey, mod: e.ctrlKey || e.metaKey, coarse: e.pointerType === 'touch' };
  };
  const capture = (e: ReactPointerEvent) => {
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; the gesture still works inside the stage.
    }
  };

  const handlers = {
    onPointerDown(e: ReactPointerEvent<HTMLDivElement>) {
      e.currentTarget.focus({ preventScroll: true });
      // A finger's press is followed by emulated mouse events whose mousedown would take the focus
      // back to the stage from a text box the tap just opened; the pointer events carry it all.
      if (e.pointerType !== 'mouse') e.preventDefault();
      if (e.button === 1 || (e.button === 0 && space.current)) {
        e.preventDefault();
        capture(e);
        pan.current = { pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, start: editor.store.getState().viewport };
        setPanning(true);
        doubleTap.current.reset();
        return;
      }
      if (e.button !== 0 || active.current) return;
      capture(e);
      // The stage does not move during a gesture: measuring it once keeps layout out of every move.
      const rect = e.currentTarget.getBoundingClientRect();
      active.current = { pointerId: e.pointerId, rect, startX: e.clientX, startY: e.clientY, moved: false };
      editor.pointerDown(toInput(e, rect));
    },
    onPointerMove(e: ReactPointerEvent<HTMLDivElement>) {
      const p = pan.current;
      if (p && p.pointerId === e.pointerId) {
        editor.setViewport({ ...p.start, panXPx: p.start.panXPx + e.clientX - p.startX, panYPx: p.start.panYPx + e.clientY - p.startY });
        return;
      }
      const a = active.current;
      if (!a || a.pointerId !== e.pointerId) return;
      if (Math.hypot(e.clientX - a.startX, e.clientY - a.startY) > TAP_SLOP_PX) a.moved = true;
      editor.pointerMove(toInput(e, a.rect));
    },
    onPointerUp(e: ReactPointerEvent<HTMLDivElement>) {
      if (pan.current?.pointerId === e.pointerId) {
        pan.current = null;
        setPanning(false);
        return;
      }
      const a = active.current;
      if (!a || a.pointerId !== e.pointerId) return;
      active.current = null;
      const input = toInput(e, a.rect);
      editor.pointerUp(input);
      if (a.moved) doubleTap.current.reset();
      else if (doubleTap.current.tap({ xPx: e.clientX, yPx: e.clientY, timeMs: e.timeStamp, pointerType: e.pointerType })) editTextAt(editor, input);
    },
    onPointerCancel(e: ReactPointerEvent<HTMLDivElement>) {
      if (pan.current?.pointerId === e.pointerId) {
        pan.current = null;
        setPanning(false);
      }
      if (active.current?.pointerId === e.pointerId) {
        active.current = null;
        doubleTap.current.reset();
        editor.perform('cancel');
      }
    },
  };
  return { handlers, spaceHeld, panning };
}
