import type { LabelDocument } from '@inkless/label';
import { getElementBounds, getPrintableRect, type PointMm, type RectMm } from './geometry';

/** A snap line to draw: axis 'x' is a vertical line at x = posMm, axis 'y' a horizontal one. */
export interface Guide {
  readonly axis: 'x' | 'y';
  readonly posMm: number;
}

/** Lines things may snap to, per axis, in millimetres. */
export interface SnapTargets {
  readonly xsMm: readonly number[];
  readonly ysMm: readonly number[];
}

/** How close (in screen pixels, whatever the zoom) an edge must come to a line to snap to it. */
export const SNAP_THRESHOLD_PX = 6;

/** Two positions closer than this are the same line (float noise, not a design choice). */
const SAME_LINE_MM = 1e-6;

/**
 * The label's edges and centre, the printable area's edges when there are margins, and the
 * edges and centres of every element not being moved.
 */
export function collectSnapTargets(doc: LabelDocument, movingIds: ReadonlySet<string>): SnapTargets {
  const xs: number[] = [0, doc.label.widthMm / 2, doc.label.widthMm];
  const ys: number[] = [0, doc.label.heightMm / 2, doc.label.heightMm];
  const printable = getPrintableRect(doc);
  xs.push(printable.xMm, printable.xMm + printable.widthMm);
  ys.push(printable.yMm, printable.yMm + printable.heightMm);
  for (const el of doc.elements) {
    if (el.id !== undefined && movingIds.has(el.id)) continue;
    const b = getElementBounds(el);
    xs.push(b.xMm, b.xMm + b.widthMm / 2, b.xMm + b.widthMm);
    ys.push(b.yMm, b.yMm + b.heightMm / 2, b.yMm + b.heightMm);
  }
  return { xsMm: [...new Set(xs)], ysMm: [...new Set(ys)] };
}

/**
 * The smallest shift (at most `thresholdMm` either way) that puts one of `valuesMm` on one of
 * `targetsMm`, and every target the shifted values then lie on. No target in reach: shift 0.
 */
export function snapAxis(valuesMm: readonly number[], targetsMm: readonly number[], thresholdMm: number): { offsetMm: number; linesMm: number[] } {
  let best: number | undefined;
  for (const v of valuesMm) {
    for (const t of targetsMm) {
      const d = t - v;
      if (Math.abs(d) <= thresholdMm && (best === undefined || Math.abs(d) < Math.abs(best))) best = d;
    }
  }
  if (best === undefined) return { offsetMm: 0, linesMm: [] };
  const offset = best;
  const lines = targetsMm.filter((t) => valuesMm.some((v) => Math.abs(v + offset - t) <= SAME_LINE_MM));
  return { offsetMm: offset, linesMm: lines };
}

/** Moves a box so its nearest edge or centre lands on a target line, per axis. */
export function snapRect(rect: RectMm, targets: SnapTargets, thresholdMm: number): { rect: RectMm; guides: Guide[] } {
  const x = snapAxis([rect.xMm, rect.xMm + rect.widthMm / 2, rect.xMm + rect.widthMm], targets.xsMm, thresholdMm);
  const y = snapAxis([rect.yMm, rect.yMm + rect.heightMm / 2, rect.yMm + rect.heightMm], targets.ysMm, thresholdMm);
  return {
    rect: { ...rect, xMm: rect.xMm + x.offsetMm, yMm: rect.yMm + y.offsetMm },
    guides: [...x.linesMm.map((posMm): Guide => ({ axis: 'x', posMm })), ...y.linesMm.map((posMm): Guide => ({ axis: 'y', posMm }))],
  };
}

/** Snaps a single point (a corner being drawn or dragged) per axis. */
export function snapPoint(p: PointMm, targets: SnapTargets, thresholdMm: number): { point: PointMm; guides: Guide[] } {
  const x = snapAxis([p.xMm], targets.xsMm, thresholdMm);
  const y = snapAxis([p.yMm], targets.ysMm, thresholdMm);
  return {
    point: { xMm: p.xMm + x.offsetMm, yMm: p.yMm + y.offsetMm },
    guides: [...x.linesMm.map((posMm): Guide => ({ axis: 'x', posMm })), ...y.linesMm.map((posMm): Guide => ({ axis: 'y', posMm }))],
  };
}
