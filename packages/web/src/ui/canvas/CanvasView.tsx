import { useCallback, useEffect, useRef, useState } from 'react';
import { fitViewport } from '../../canvas/fit-viewport';
import { useT } from '../../i18n/i18n';
import { useEditorState, useStudio } from '../use-studio';
import { BitmapCanvas } from './BitmapCanvas';
import { CanvasTextEditor } from './CanvasTextEditor';
import { Rulers } from './Rulers';
import { SelectionOverlay } from './SelectionOverlay';
import { useStageInput } from './use-stage-input';
import { useTouchGestures } from './use-touch-gestures';
import { ZoomBar } from './ZoomBar';

/** The cursor for what a press would do now. */
function pickCursor(toolId: string, spaceHeld: boolean, panning: boolean): string {
  if (panning) return 'grabbing';
  if (spaceHeld) return 'grab';
  if (toolId.startsWith('draw.')) return 'crosshair';
  if (toolId === 'select.dragging') return 'move';
  if (toolId === 'select.rotating') return 'grabbing';
  return 'default';
}

/**
 * The design surface: rulers, the engine's bitmap, the tools' overlay and the zoom bar. The
 * stage is one focusable element taking all pointer input; the label is fitted to it whenever
 * another label size is opened.
 */
export function CanvasView() {
  const t = useT();
  const { editor } = useStudio();
  const stageRef = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState({ widthPx: 0, heightPx: 0 });
  const label = useEditorState((s) => s.doc.label);
  const toolId = useEditorState((s) => s.tool.id);
  const { handlers, spaceHeld, panning } = useStageInput(stageRef, editor);
  useTouchGestures(stageRef, editor);

  useEffect(() => {
    const el = stageRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setStage({ widthPx: el.clientWidth, heightPx: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const fit = useCallback(() => {
    if (stage.widthPx > 0 && stage.heightPx > 0) editor.setViewport(fitViewport(editor.store.getState().doc.label, stage));
  }, [editor, stage]);

  // Fit when a label of another size (or dpi) is shown, and once the stage has a size.
  const sizeKey = `${label.widthMm}x${label.heightMm}@${label.dpi}`;
  const hasSize = stage.widthPx > 0 && stage.heightPx > 0;
  const fittedFor = useRef('');
  useEffect(() => {
    if (!hasSize || fittedFor.current === sizeKey) return;
    fittedFor.current = sizeKey;
    fit();
  }, [sizeKey, hasSize, fit]);

  return (
    <div className="canvas-area">
      <div className="canvas-frame">
        <Rulers widthPx={stage.widthPx} heightPx={stage.heightPx} />
        <div ref={stageRef} className="stage" tabIndex={0} role="application" aria-roledescription="label canvas"
          aria-label={t('canvas.label', { width: label.widthMm, height: label.heightMm, dpi: label.dpi })}
          style={{ cursor: pickCursor(toolId, spaceHeld, panning) }} {...handlers}>
          <BitmapCanvas />
          <SelectionOverlay widthPx={stage.widthPx} heightPx={stage.heightPx} />
          <CanvasTextEditor />
        </div>
      </div>
      <ZoomBar stage={stage} onFit={fit} />
    </div>
  );
}
