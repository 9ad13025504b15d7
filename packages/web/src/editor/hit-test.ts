import type { LabelDocument } from '@inkless/label';
import { getElementId } from './element-ids';
import { getElementBounds, rectContainsPoint, rectsIntersect, type PointMm, type RectMm } from './geometry';

/** How far outside an element (in screen pixels) a click still hits it: thin lines are 1 dot tall. */
export const HIT_TOLERANCE_PX = 4;

/**
 * Ids of the elements under a point, topmost first. Later elements are drawn over earlier
 * ones, so the list runs backwards through the document.
 */
export function findElementsAt(doc: LabelDocument, p: PointMm, toleranceMm = 0): string[] {
  const hits: string[] = [];
  for (let i = doc.elements.length - 1; i >= 0; i--) {
    const el = doc.elements[i]!;
    if (rectContainsPoint(getElementBounds(el), p, toleranceMm)) hits.push(getElementId(el));
  }
  return hits;
}

/**
 * The topmost element under a point. An element the point is strictly inside wins over one it
 * only touches within the tolerance, so a thin line lying on a box does not steal its clicks.
 */
export function findTopElementAt(doc: LabelDocument, p: PointMm, toleranceMm = 0): string | undefined {
  return findElementsAt(doc, p, 0)[0] ?? findElementsAt(doc, p, toleranceMm)[0];
}

/** Ids of the elements a marquee touches, in document order. */
export function findElementsInRect(doc: LabelDocument, rect: RectMm): string[] {
  return doc.elements.filter((el) => rectsIntersect(getElementBounds(el), rect)).map(getElementId);
}
