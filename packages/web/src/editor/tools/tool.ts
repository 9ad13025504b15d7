import type { EditorState } from '../editor-state';
import { convertPxToMm } from '../viewport';

/**
 * A pointer event as tools see it: already in label millimetres (the UI converts with
 * convertScreenToMm), with the modifier keys held. `mod` is Ctrl, or Cmd on a Mac.
 */
export interface PointerInput {
  readonly xMm: number;
  readonly yMm: number;
  readonly shift?: boolean;
  readonly alt?: boolean;
  readonly mod?: boolean;
  /** A finger, not a mouse or pen: handles take a larger hit area (TOUCH_HANDLE_RADIUS_PX). */
  readonly coarse?: boolean;
}

/**
 * A small state machine driven by pointer events. Its phase lives in `state.tool`, so a tool
 * module holds no state of its own and every step is a pure function.
 */
export interface Tool {
  readonly id: 'select' | 'draw' | 'text';
  pointerDown(state: EditorState, p: PointerInput): EditorState;
  pointerMove(state: EditorState, p: PointerInput): EditorState;
  pointerUp(state: EditorState, p: PointerInput): EditorState;
  /** Escape: abandons a gesture (the document goes back to where it began), or steps back one level. */
  cancel(state: EditorState): EditorState;
}

/** A pointer moving less than this (screen pixels) is a click, not a drag: hands shake. */
export const DRAG_START_PX = 3;

/** No edit makes an element smaller than this in either direction. */
export const MIN_ELEMENT_MM = 0.5;

/** A screen distance in millimetres at the current zoom and the label's dpi. */
export function getPxInMm(state: EditorState, px: number): number {
  return convertPxToMm(px, state.viewport, state.doc.label.dpi);
}
