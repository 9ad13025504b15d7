import { commitGesture, placeElementInRect, replaceElements } from '../document-edit';
import type { EditorState, Handle } from '../editor-state';
import { getElementId } from '../element-ids';
import type { PointMm, RectMm } from '../geometry';
import { collectSnapTargets, snapAxis, SNAP_THRESHOLD_PX, type Guide } from '../snap';
import { captureGesture, type ToolIn } from './gesture';
import { getPxInMm, MIN_ELEMENT_MM, type PointerInput } from './tool';

/** Which edges a handle moves: -1 the left/top edge, 1 the right/bottom edge, 0 neither. */
const handleSides: Readonly<Record<Handle, { readonly x: -1 | 0 | 1; readonly y: -1 | 0 | 1 }>> = {
  nw: { x: -1, y: -1 }, n: { x: 0, y: -1 }, ne: { x: 1, y: -1 }, e: { x: 1, y: 0 },
  se: { x: 1, y: 1 }, s: { x: 0, y: 1 }, sw: { x: -1, y: 1 }, w: { x: -1, y: 0 },
};

/** Corners first: on a small selection the handles overlap and a corner is what users aim for. */
const handleOrder: readonly Handle[] = ['nw', 'ne', 'se', 'sw', 'n', 'e', 's', 'w'];

/** Where each handle sits on a selection box, for drawing them and for hit testing. */
export function getHandlePositions(b: RectMm): { handle: Handle; at: PointMm }[] {
  return handleOrder.map((handle) => {
    const { x, y } = handleSides[handle];
    return { handle, at: { xMm: b.xMm + ((x + 1) / 2) * b.widthMm, yMm: b.yMm + ((y + 1) / 2) * b.heightMm } };
  });
}

/** The handle within `radiusMm` of the point, if any. */
export function findHandleAt(b: RectMm, p: PointMm, radiusMm: number): Handle | undefined {
  return getHandlePositions(b).find(({ at }) => Math.abs(at.xMm - p.xMm) <= radiusMm && Math.abs(at.yMm - p.yMm) <= radiusMm)?.handle;
}

export function startResize(state: EditorState, p: PointerInput, handle: Handle): EditorState {
  const gesture = captureGesture(state, p);
  return gesture ? { ...state, tool: { id: 'select.resizing', handle, ...gesture } } : state;
}

/**
 * The selection box after dragging a handle by (dx, dy): moving edges snap (unless Alt or a
 * kept aspect), never come closer than MIN_ELEMENT_MM, and Shift keeps the box's proportions.
 */
export function resizeRect(b: RectMm, handle: Handle, dxMm: number, dyMm: number, opts: { keepAspect: boolean; snap?: (axis: 'x' | 'y', edgeMm: number) => number }): RectMm {
  const side = handleSides[handle];
  let [left, right, top, bottom] = [b.xMm, b.xMm + b.widthMm, b.yMm, b.yMm + b.heightMm];
  if (side.x === -1) left = Math.min(opts.snap?.('x', left + dxMm) ?? left + dxMm, right - MIN_ELEMENT_MM);
  if (side.x === 1) right = Math.max(opts.snap?.('x', right + dxMm) ?? right + dxMm, left + MIN_ELEMENT_MM);
  if (side.y === -1) top = Math.min(opts.snap?.('y', top + dyMm) ?? top + dyMm, bottom - MIN_ELEMENT_MM);
  if (side.y === 1) bottom = Math.max(opts.snap?.('y', bottom + dyMm) ?? bottom + dyMm, top + MIN_ELEMENT_MM);
  if (!opts.keepAspect) return { xMm: left, yMm: top, widthMm: right - left, heightMm: bottom - top };
  // One scale for both axes: the larger pull wins at a corner; an edge handle drives its own axis.
  const sx = (right - left) / b.widthMm;
  const sy = (bottom - top) / b.heightMm;
  const pulled = side.x === 0 ? sy : side.y === 0 ? sx : Math.max(sx, sy);
  const scale = Math.max(pulled, MIN_ELEMENT_MM / b.widthMm, MIN_ELEMENT_MM / b.heightMm);
  const w = b.widthMm * scale;
  const h = b.heightMm * scale;
  const x = side.x === -1 ? b.xMm + b.widthMm - w : side.x === 1 ? b.xMm : b.xMm + (b.widthMm - w) / 2;
  const y = side.y === -1 ? b.yMm + b.heightMm - h : side.y === 1 ? b.yMm : b.yMm + (b.heightMm - h) / 2;
  return { xMm: x, yMm: y, widthMm: w, heightMm: h };
}

/** Resizes the selection: every element is scaled and moved with the selection box. */
export function moveResize(state: EditorState, tool: ToolIn<'select.resizing'>, p: PointerInput): EditorState {
  const guides: Guide[] = [];
  let snap: ((axis: 'x' | 'y', edgeMm: number) => number) | undefined;
  if (!p.alt && !p.shift) {
    const targets = collectSnapTargets(tool.before.doc, new Set(tool.originals.map(getElementId)));
    const thresholdMm = getPxInMm(state, SNAP_THRESHOLD_PX);
    snap = (axis, edgeMm) => {
      const r = snapAxis([edgeMm], axis === 'x' ? targets.xsMm : targets.ysMm, thresholdMm);
      guides.push(...r.linesMm.map((posMm) => ({ axis, posMm })));
      return edgeMm + r.offsetMm;
    };
  }
  const from = tool.startBounds;
  const to = resizeRect(from, tool.handle, p.xMm - tool.startMm.xMm, p.yMm - tool.startMm.yMm, { keepAspect: Boolean(p.shift), ...(snap ? { snap } : {}) });
  const sx = to.widthMm / from.widthMm;
  const sy = to.heightMm / from.heightMm;
  const resized = tool.originals.map((el) =>
    placeElementInRect(el, {
      xMm: to.xMm + (el.xMm - from.xMm) * sx,
      yMm: to.yMm + (el.yMm - from.yMm) * sy,
      // Never 0 after rounding: an element of a big selection can be scaled very small.
      widthMm: Math.max(el.widthMm * sx, 0.001),
      heightMm: Math.max(el.heightMm * sy, 0.001),
    }),
  );
  return { ...state, doc: replaceElements(tool.before.doc, resized), guides };
}

export function endResize(state: EditorState, tool: ToolIn<'select.resizing'>): EditorState {
  return commitGesture({ ...state, tool: { id: 'select.idle' } }, tool.before);
}
