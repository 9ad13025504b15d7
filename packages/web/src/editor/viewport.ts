import { MM_PER_INCH } from '@inkless/label';
import type { PointMm } from './geometry';

/**
 * How the label sits on screen. `zoom` is screen pixels (CSS px) per label dot, so 1 shows the
 * preview bitmap dot for pixel whatever the dpi; `panXPx/panYPx` is where the label's top-left
 * corner lands in the canvas.
 */
export interface Viewport {
  readonly zoom: number;
  readonly panXPx: number;
  readonly panYPx: number;
}

/** A point on the canvas in screen (CSS) pixels. */
export interface PointPx {
  readonly xPx: number;
  readonly yPx: number;
}

export const DEFAULT_VIEWPORT: Viewport = { zoom: 1, panXPx: 0, panYPx: 0 };

/** Zoom stays in this range: from a whole A4 sheet in a thumbnail to single dots 64 px wide. */
export const MIN_ZOOM = 1 / 16;
export const MAX_ZOOM = 64;

/** Millimetres per dot at a dpi: one nudge step. */
export function getMmPerDot(dpi: number): number {
  return MM_PER_INCH / dpi;
}

/** Screen pixels per millimetre at this viewport and dpi. */
export function getPxPerMm(viewport: Viewport, dpi: number): number {
  return (viewport.zoom * dpi) / MM_PER_INCH;
}

/** A distance on screen in millimetres on the label: snap thresholds and handle sizes are in pixels. */
export function convertPxToMm(px: number, viewport: Viewport, dpi: number): number {
  return px / getPxPerMm(viewport, dpi);
}

/** Where a canvas point is on the label: the UI converts every pointer event with this. */
export function convertScreenToMm(p: PointPx, viewport: Viewport, dpi: number): PointMm {
  const pxPerMm = getPxPerMm(viewport, dpi);
  return { xMm: (p.xPx - viewport.panXPx) / pxPerMm, yMm: (p.yPx - viewport.panYPx) / pxPerMm };
}

/** Where a label point is on the canvas: for drawing selection boxes, handles and guides. */
export function convertMmToScreen(p: PointMm, viewport: Viewport, dpi: number): PointPx {
  const pxPerMm = getPxPerMm(viewport, dpi);
  return { xPx: viewport.panXPx + p.xMm * pxPerMm, yPx: viewport.panYPx + p.yMm * pxPerMm };
}

/** Zooms by `factor` keeping the label point under `anchor` (the cursor) where it is on screen. */
export function zoomViewportAt(viewport: Viewport, factor: number, anchor: PointPx): Viewport {
  return zoomViewportTo(viewport, viewport.zoom * factor, anchor);
}

/** Sets the zoom to exactly `target` (100 % must be 1, not 0.9999...), keeping the point under `anchor` still. */
export function zoomViewportTo(viewport: Viewport, target: number, anchor: PointPx): Viewport {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, target));
  const applied = zoom / viewport.zoom;
  return {
    zoom,
    panXPx: anchor.xPx - (anchor.xPx - viewport.panXPx) * applied,
    panYPx: anchor.yPx - (anchor.yPx - viewport.panYPx) * applied,
  };
}
