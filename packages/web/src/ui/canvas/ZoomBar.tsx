import { zoomViewportAt, zoomViewportTo } from '../../editor/viewport';
import { useT } from '../../i18n/i18n';
import type { RulerUnits } from '../../studio/studio-state';
import { IssuesSummary } from '../IssuesSummary';
import { useEditorState, useStudio, useStudioState } from '../use-studio';

/** One zoom button step: four steps double the size (as the keyboard's zoom actions). */
const ZOOM_STEP = 2 ** 0.25;

/** Zoom out / 100 % / zoom in / fit, the smooth view, the ruler units and what the engine reported. */
export function ZoomBar({ stage, onFit }: { readonly stage: { widthPx: number; heightPx: number }; readonly onFit: () => void }) {
  const t = useT();
  const { editor, state } = useStudio();
  const zoom = useEditorState((s) => s.viewport.zoom);
  const smooth = useStudioState((s) => s.smooth);
  const units = useStudioState((s) => s.units);
  const centre = { xPx: stage.widthPx / 2, yPx: stage.heightPx / 2 };
  const zoomBy = (factor: number) => editor.setViewport(zoomViewportAt(editor.store.getState().viewport, factor, centre));
  const percent = Math.round(zoom * 100);
  return (
    <div className="zoom-bar" role="toolbar" aria-label={t('canvas.zoom', { percent })}>
      <button type="button" className="icon-button" aria-label={t('action.zoom-out')} title={t('action.zoom-out')} onClick={() => zoomBy(1 / ZOOM_STEP)}>−</button>
      <button type="button" className="zoom-value" aria-label={`${t('canvas.zoom', { percent })}. ${t('action.zoom-actual')}`} title={t('action.zoom-actual')}
        onClick={() => editor.setViewport(zoomViewportTo(editor.store.getState().viewport, 1, centre))} data-testid="zoom-actual">{percent}%</button>
      <button type="button" className="icon-button" aria-label={t('action.zoom-in')} title={t('action.zoom-in')} onClick={() => zoomBy(ZOOM_STEP)}>+</button>
      <button type="button" onClick={onFit}>{t('canvas.fit')}</button>
      <label className="inline-check">
        <input type="checkbox" checked={smooth} onChange={(e) => state.setState((s) => ({ ...s, smooth: e.target.checked }))} />
        {t('canvas.smooth')}
      </label>
      <label className="inline-select">
        {t('canvas.units')}
        <select value={units} onChange={(e) => state.setState((s) => ({ ...s, units: e.target.value as RulerUnits }))}>
          <option value="mm">mm</option>
          <option value="in">in</option>
        </select>
      </label>
      <IssuesSummary />
    </div>
  );
}
