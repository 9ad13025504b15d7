import { mmToDots } from '@inkless/label';
import { useEffect, useRef } from 'react';
import { startPreviewPainter } from '../../canvas/preview-painter';
import { useEditorState, useStudio, useStudioState } from '../use-studio';

/**
 * The label as the printer will print it: the engine's 1-bit bitmap, one canvas pixel per dot,
 * scaled by CSS to the zoom. Crisp (nearest-neighbour) by default, so every dot is a square;
 * the smooth view averages dots when zoomed out.
 */
export function BitmapCanvas() {
  const studio = useStudio();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewport = useEditorState((s) => s.viewport);
  const label = useEditorState((s) => s.doc.label);
  const smooth = useStudioState((s) => s.smooth);

  useEffect(() => {
    const painter = startPreviewPainter(canvasRef.current!, studio.editor, studio.state, studio.preview);
    studio.painter = painter;
    return () => {
      painter.stop();
      if (studio.painter === painter) studio.painter = undefined;
    };
  }, [studio]);

  const widthDots = mmToDots(label.widthMm, label.dpi);
  const heightDots = mmToDots(label.heightMm, label.dpi);
  return (
    <canvas ref={canvasRef} className={`label-bitmap${smooth ? ' smooth' : ''}`} aria-hidden="true" data-testid="label-canvas"
      style={{ left: viewport.panXPx, top: viewport.panYPx, width: widthDots * viewport.zoom, height: heightDots * viewport.zoom }} />
  );
}
