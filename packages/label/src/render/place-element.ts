import { blit, createBitmap, fillRect, rotateBitmap, type Bitmap1 } from '../bitmap/bitmap1';
import type { LabelElement } from '../document/label-document';
import type { BoxDots } from '../elements/element-kind';
import { mmToDots } from '../units';

/** Where an element lands on the label, in whole dots. Edges are rounded, so neighbours share them. */
export interface Placement {
  readonly xDots: number;
  readonly yDots: number;
  readonly widthDots: number;
  readonly heightDots: number;
  /** The box the element draws into before rotation (90/270 swap width and height). */
  readonly local: BoxDots;
}

export function placeElement(el: LabelElement, dpi: number): Placement {
  const xDots = mmToDots(el.xMm, dpi);
  const yDots = mmToDots(el.yMm, dpi);
  const widthDots = Math.max(1, mmToDots(el.xMm + el.widthMm, dpi) - xDots);
  const heightDots = Math.max(1, mmToDots(el.yMm + el.heightMm, dpi) - yDots);
  const turned = el.rotation === 90 || el.rotation === 270;
  return { xDots, yDots, widthDots, heightDots, local: turned ? { widthDots: heightDots, heightDots: widthDots } : { widthDots, heightDots } };
}

/**
 * Turns an element's drawing into what goes on the label: rotated in the bitmap domain and, for
 * inverse elements, knocked out of a solid box.
 */
export function finishElementBitmap(content: Bitmap1, el: LabelElement): Bitmap1 {
  const turned = rotateBitmap(content, el.rotation);
  if (!el.inverse) return turned;
  const box = createBitmap(turned.width, turned.height);
  fillRect(box, 0, 0, box.width, box.height);
  for (let i = 0; i < box.data.length; i++) box.data[i] = box.data[i]! & ~turned.data[i]!;
  return box;
}

/** Composites a finished element: inverse boxes are opaque, everything else adds ink. */
export function drawOnLabel(label: Bitmap1, finished: Bitmap1, el: LabelElement, at: Placement): void {
  blit(label, finished, at.xDots, at.yDots, el.inverse ? 'replace' : 'or');
}
