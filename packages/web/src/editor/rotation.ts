import type { LabelElement } from '@inkless/label';
import { getElementBounds, getRectCentre, roundMm, type PointMm } from './geometry';

type Rotation = LabelElement['rotation'];

/** A whole number of quarter turns as 0..3 (negative turns are anticlockwise). */
export function normalizeQuarterTurns(turns: number): number {
  return ((Math.round(turns) % 4) + 4) % 4;
}

/**
 * Turns elements clockwise by quarter turns about a centre (the selection's), as a group.
 *
 * Every kind accepts `rotation` (0/90/180/270, a base field of the model) and lays its content
 * out in its box turned by it, without moving the box. So a quarter turn also swaps the box's
 * width and height about its centre: the content keeps its size instead of being squeezed into
 * the old box's shape.
 */
export function rotateElements(elements: readonly LabelElement[], centre: PointMm, turns: number): LabelElement[] {
  const quarter = normalizeQuarterTurns(turns);
  if (quarter === 0) return [...elements];
  return elements.map((el) => {
    let c = getRectCentre(getElementBounds(el));
    for (let i = 0; i < quarter; i++) {
      // Clockwise on screen, where y points down: (dx, dy) -> (-dy, dx).
      c = { xMm: centre.xMm - (c.yMm - centre.yMm), yMm: centre.yMm + (c.xMm - centre.xMm) };
    }
    const swap = quarter % 2 === 1;
    const widthMm = swap ? el.heightMm : el.widthMm;
    const heightMm = swap ? el.widthMm : el.heightMm;
    const rotation = ((el.rotation + quarter * 90) % 360) as Rotation;
    return { ...el, rotation, widthMm, heightMm, xMm: roundMm(c.xMm - widthMm / 2), yMm: roundMm(c.yMm - heightMm / 2) };
  });
}
