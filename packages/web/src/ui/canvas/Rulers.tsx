import { useEffect, useRef } from 'react';
import { getPxPerMm } from '../../editor/viewport';
import { useT } from '../../i18n/i18n';
import { useEditorState, useStudioState } from '../use-studio';
import { chooseRulerSteps } from '../../canvas/ruler-steps';

/** Thickness of the rulers, CSS pixels. */
export const RULER_PX = 22;

function drawRuler(canvas: HTMLCanvasElement, lengthPx: number, axis: 'x' | 'y', originPx: number, pxPerUnit: number, steps: { major: number; minor: number }): void {
  const dpr = window.devicePixelRatio || 1;
  const [w, h] = axis === 'x' ? [lengthPx, RULER_PX] : [RULER_PX, lengthPx];
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(h * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = '#f7f7f5';
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = '#8a8a86';
  ctx.fillStyle = '#4a4a46';
  ctx.font = '10px system-ui, sans-serif';
  ctx.lineWidth = 1;
  const first = Math.floor(-originPx / pxPerUnit / steps.minor) * steps.minor;
  const last = (lengthPx - originPx) / pxPerUnit;
  ctx.beginPath();
  for (let v = first; v <= last; v += steps.minor) {
    const at = Math.round(originPx + v * pxPerUnit) + 0.5;
    const isMajor = Math.abs(v / steps.major - Math.round(v / steps.major)) < 1e-6;
    const tick = isMajor ? RULER_PX * 0.6 : RULER_PX * 0.25;
    if (axis === 'x') {
      ctx.moveTo(at, RULER_PX);
      ctx.lineTo(at, RULER_PX - tick);
    } else {
      ctx.moveTo(RULER_PX, at);
      ctx.lineTo(RULER_PX - tick, at);
    }
    if (isMajor) {
      const text = String(Math.round(v * 1000) / 1000);
      if (axis === 'x') ctx.fillText(text, at + 2, 9);
      else {
        ctx.save();
        ctx.translate(9, at + 2);
        ctx.rotate(Math.PI / 2);
        ctx.fillText(text, 0, 0);
        ctx.restore();
      }
    }
  }
  ctx.stroke();
}

/** Rulers along the top and left of the stage, in millimetres or inches, following zoom and pan. */
export function Rulers({ widthPx, heightPx }: { readonly widthPx: number; readonly heightPx: number }) {
  const t = useT();
  const top = useRef<HTMLCanvasElement>(null);
  const left = useRef<HTMLCanvasElement>(null);
  const viewport = useEditorState((s) => s.viewport);
  const dpi = useEditorState((s) => s.doc.label.dpi);
  const units = useStudioState((s) => s.units);
  useEffect(() => {
    const pxPerUnit = getPxPerMm(viewport, dpi) * (units === 'in' ? 25.4 : 1);
    const steps = chooseRulerSteps(pxPerUnit, units);
    if (top.current) drawRuler(top.current, widthPx, 'x', viewport.panXPx, pxPerUnit, steps);
    if (left.current) drawRuler(left.current, heightPx, 'y', viewport.panYPx, pxPerUnit, steps);
  }, [viewport, dpi, units, widthPx, heightPx]);
  return (
    <>
      <canvas ref={top} className="ruler ruler-top" role="img" aria-label={`${t('canvas.rulerTop')} (${units})`} style={{ width: widthPx, height: RULER_PX }} />
      <canvas ref={left} className="ruler ruler-left" role="img" aria-label={`${t('canvas.rulerLeft')} (${units})`} style={{ width: RULER_PX, height: heightPx }} />
      <div className="ruler-corner" aria-hidden="true">{units}</div>
    </>
  );
}
