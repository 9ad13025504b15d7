import type { GreyImage } from '../picture/grey';
import type { Box, Rotation } from './turn-and-scale';

/**
 * A window of a page, turned and scaled, as an image of its own: the region (page pixels, may be
 * fractional) is turned clockwise by `rotation`, scaled by `scale`, and its top-left corner lands at
 * (`offsetX`, `offsetY`) of an image `width` x `height`. Whatever lies outside the region is white paper.
 * It is what `cutAndTurn` then `scaleWindow` make from a rendered page, in one step.
 */
export interface PageWindow {
  /** In pixels of the page's `grey` (at the page's dpi). */
  readonly region: Box;
  readonly rotation: Rotation;
  /** Output pixels per page pixel. */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  readonly height: number;
}

/** Draws a window of a page straight from its source (a PDF page redraws itself at any size). */
export type RedrawPage = (window: PageWindow) => GreyImage;

/** An affine map `x' = a x + c y + e`, `y' = b x + d y + f` (the order PDF writes a matrix in). */
export interface Affine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

/**
 * The map from page pixels to the window's pixels: translate the region to the origin, turn it
 * clockwise inside its own box (90: x' = h - y, y' = x, as `cutAndTurn` does), scale, offset.
 */
export function windowAffine(window: PageWindow): Affine {
  const { region: r, scale: k, offsetX: ox, offsetY: oy } = window;
  switch (window.rotation) {
    case 0:
      return { a: k, b: 0, c: 0, d: k, e: ox - k * r.x, f: oy - k * r.y };
    case 90:
      return { a: 0, b: k, c: -k, d: 0, e: ox + k * (r.y + r.height), f: oy - k * r.x };
    case 180:
      return { a: -k, b: 0, c: 0, d: -k, e: ox + k * (r.x + r.width), f: oy + k * (r.y + r.height) };
    case 270:
      return { a: 0, b: -k, c: k, d: 0, e: ox - k * r.y, f: oy + k * (r.x + r.width) };
    default: {
      const never: never = window.rotation;
      throw new Error(`unknown rotation ${String(never)}`);
    }
  }
}

/** The turned, scaled region's box in the window's pixels, clipped to the window (may be empty). */
export function windowClip(window: PageWindow): { left: number; top: number; right: number; bottom: number } {
  const turned = window.rotation === 90 || window.rotation === 270;
  const w = (turned ? window.region.height : window.region.width) * window.scale;
  const h = (turned ? window.region.width : window.region.height) * window.scale;
  return {
    left: Math.max(0, window.offsetX),
    top: Math.max(0, window.offsetY),
    right: Math.min(window.width, window.offsetX + w),
    bottom: Math.min(window.height, window.offsetY + h),
  };
}
