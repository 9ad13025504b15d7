import type { EditorState } from '../editor-state';
import { MAX_ZOOM, MIN_ZOOM } from '../viewport';
import type { Action } from './action';

/** Each zoom step multiplies or divides by this (4 steps double the size). */
const ZOOM_STEP = 2 ** 0.25;

function setZoom(state: EditorState, zoom: number): EditorState {
  const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  return clamped === state.viewport.zoom ? state : { ...state, viewport: { ...state.viewport, zoom: clamped } };
}

/** Zoom from the keyboard; the wheel zooms at the cursor with zoomViewportAt. */
export const viewportActions: readonly Action[] = [
  { id: 'zoom-in', label: 'Zoom in', keys: ['Mod+=', 'Mod+Shift+Equal', 'Mod+NumpadAdd'], duringGesture: true, perform: (s) => setZoom(s, s.viewport.zoom * ZOOM_STEP) },
  { id: 'zoom-out', label: 'Zoom out', keys: ['Mod+-', 'Mod+NumpadSubtract'], duringGesture: true, perform: (s) => setZoom(s, s.viewport.zoom / ZOOM_STEP) },
  { id: 'zoom-actual', label: 'Actual dots (100%)', keys: ['Mod+0'], duringGesture: true, perform: (s) => setZoom(s, 1) },
];
