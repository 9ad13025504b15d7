import type { LabelDocument, LabelElement } from '@inkless/label';

/** A point on the label in millimetres, origin at the top-left corner as designed (before orientation). */
export interface PointMm {
  readonly xMm: number;
  readonly yMm: number;
}

/** An axis-aligned box on the label in millimetres. */
export interface RectMm {
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Positions the editor writes are rounded to 0.1 µm: far below a dot (0.04 mm at 600 dpi), but
 * it keeps float noise such as 12.300000000000001 out of saved documents.
 */
export function roundMm(mm: number): number {
  return Math.round(mm * 10_000) / 10_000;
}

/**
 * The box an element occupies. Rotation turns content inside the box and never moves it
 * (see ElementBase in @inkless/label), so the box is the bounds for every kind and rotation.
 */
export function getElementBounds(element: LabelElement): RectMm {
  return { xMm: element.xMm, yMm: element.yMm, widthMm: element.widthMm, heightMm: element.heightMm };
}

/** The smallest box holding all the given boxes; undefined for none. */
export function unionRects(rects: readonly RectMm[]): RectMm | undefined {
  if (rects.length === 0) return undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.xMm);
    top = Math.min(top, r.yMm);
    right = Math.max(right, r.xMm + r.widthMm);
    bottom = Math.max(bottom, r.yMm + r.heightMm);
  }
  return { xMm: left, yMm: top, widthMm: right - left, heightMm: bottom - top };
}

/** A box from two corners given in any order (a marquee, a drawn element). */
export function rectFromCorners(a: PointMm, b: PointMm): RectMm {
  return { xMm: Math.min(a.xMm, b.xMm), yMm: Math.min(a.yMm, b.yMm), widthMm: Math.abs(a.xMm - b.xMm), heightMm: Math.abs(a.yMm - b.yMm) };
}

/** Whether two boxes overlap or touch. */
export function rectsIntersect(a: RectMm, b: RectMm): boolean {
  return a.xMm <= b.xMm + b.widthMm && b.xMm <= a.xMm + a.widthMm && a.yMm <= b.yMm + b.heightMm && b.yMm <= a.yMm + a.heightMm;
}

/** Whether the point is inside the box grown by `toleranceMm` on every side. */
export function rectContainsPoint(r: RectMm, p: PointMm, toleranceMm = 0): boolean {
  return (
    p.xMm >= r.xMm - toleranceMm && p.xMm <= r.xMm + r.widthMm + toleranceMm &&
    p.yMm >= r.yMm - toleranceMm && p.yMm <= r.yMm + r.heightMm + toleranceMm
  );
}

export function getRectCentre(r: RectMm): PointMm {
  return { xMm: r.xMm + r.widthMm / 2, yMm: r.yMm + r.heightMm / 2 };
}

/**
 * Where elements may print: the label minus its margins. Aligning "to the label" and snapping
 * use it, because ink in a margin is cut off.
 */
export function getPrintableRect(doc: LabelDocument): RectMm {
  const { widthMm, heightMm, marginsMm: m } = doc.label;
  return { xMm: m.left, yMm: m.top, widthMm: Math.max(0, widthMm - m.left - m.right), heightMm: Math.max(0, heightMm - m.top - m.bottom) };
}

/** Bounds of the elements with these ids, undefined when none is in the document. */
export function getSelectionBounds(doc: LabelDocument, ids: readonly string[]): RectMm | undefined {
  const wanted = new Set(ids);
  return unionRects(doc.elements.filter((el) => el.id !== undefined && wanted.has(el.id)).map(getElementBounds));
}
