import { getElementBounds, getSelectionBounds, type RectMm } from '../../editor/geometry';
import { getHandlePositions } from '../../editor/tools/resize-gesture';
import { getRotateHandlePosition } from '../../editor/tools/rotate-gesture';
import { HANDLE_RADIUS_PX } from '../../editor/tools/select-tool';
import { convertMmToScreen } from '../../editor/viewport';
import { useEditorState } from '../use-studio';

/** Handle squares are drawn a little smaller than their hit area. */
const HANDLE_DRAW_PX = HANDLE_RADIUS_PX * 2 - 3;

/**
 * What the tools show on top of the bitmap, drawn from the editor state only: every element's
 * box (faint), the selection with its resize and rotate handles, the marquee, the box being
 * drawn and the snapping guides. It takes no input (the stage does).
 */
export function SelectionOverlay({ widthPx, heightPx }: { readonly widthPx: number; readonly heightPx: number }) {
  const state = useEditorState((s) => s);
  const { doc, viewport, selection, tool, guides } = state;
  const dpi = doc.label.dpi;
  const toScreen = (r: RectMm) => {
    const a = convertMmToScreen(r, viewport, dpi);
    const b = convertMmToScreen({ xMm: r.xMm + r.widthMm, yMm: r.yMm + r.heightMm }, viewport, dpi);
    return { x: a.xPx, y: a.yPx, width: b.xPx - a.xPx, height: b.yPx - a.yPx };
  };
  const labelBox = toScreen({ xMm: 0, yMm: 0, widthMm: doc.label.widthMm, heightMm: doc.label.heightMm });
  const m = doc.label.marginsMm;
  const hasMargins = m.top + m.right + m.bottom + m.left > 0;
  const selected = new Set(selection);
  const bounds = getSelectionBounds(doc, selection);
  const idle = tool.id === 'select.idle';
  const gestureRect = tool.id === 'select.marquee' || tool.id === 'draw.drawing' ? toScreen(tool.rectMm) : undefined;
  return (
    <svg className="overlay" width={widthPx} height={heightPx} aria-hidden="true">
      <rect className="label-outline" {...labelBox} />
      {hasMargins && (
        <rect className="margin-outline" {...toScreen({ xMm: m.left, yMm: m.top, widthMm: doc.label.widthMm - m.left - m.right, heightMm: doc.label.heightMm - m.top - m.bottom })} />
      )}
      {doc.elements.map((el) => <rect key={el.id} className={selected.has(el.id!) ? 'element-box selected' : 'element-box'} {...toScreen(getElementBounds(el))} />)}
      {bounds && (idle || tool.id.startsWith('select.')) && tool.id !== 'select.marquee' && (
        <g className="selection">
          <rect className="selection-box" {...toScreen(bounds)} />
          {idle && getHandlePositions(bounds).map(({ handle, at }) => {
            const p = convertMmToScreen(at, viewport, dpi);
            return <rect key={handle} className="handle" x={p.xPx - HANDLE_DRAW_PX / 2} y={p.yPx - HANDLE_DRAW_PX / 2} width={HANDLE_DRAW_PX} height={HANDLE_DRAW_PX} />;
          })}
          {idle && (() => {
            const top = convertMmToScreen({ xMm: bounds.xMm + bounds.widthMm / 2, yMm: bounds.yMm }, viewport, dpi);
            const knob = convertMmToScreen(getRotateHandlePosition(state, bounds), viewport, dpi);
            return (
              <>
                <line className="rotate-stem" x1={top.xPx} y1={top.yPx} x2={knob.xPx} y2={knob.yPx} />
                <circle className="handle rotate-handle" cx={knob.xPx} cy={knob.yPx} r={HANDLE_DRAW_PX / 2 + 1} />
              </>
            );
          })()}
        </g>
      )}
      {gestureRect && <rect className={tool.id === 'draw.drawing' ? 'drawing-box' : 'marquee'} {...gestureRect} />}
      {guides.map((g, i) => {
        const p = convertMmToScreen({ xMm: g.posMm, yMm: g.posMm }, viewport, dpi);
        return g.axis === 'x'
          ? <line key={`x${i}`} className="guide" x1={p.xPx} y1={0} x2={p.xPx} y2={heightPx} />
          : <line key={`y${i}`} className="guide" x1={0} y1={p.yPx} x2={widthPx} y2={p.yPx} />;
      })}
    </svg>
  );
}
