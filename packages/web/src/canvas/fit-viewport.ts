import { mmToDots, type LabelSetup } from '@inkless/label';
import { MAX_ZOOM, MIN_ZOOM, type Viewport } from '../editor/viewport';

/** Space kept around the label when it is fitted, in screen pixels. */
const FIT_PADDING_PX = 32;

/**
 * The viewport that shows the whole label as large as fits the stage, centred. Zoom is never
 * above 4 for a fit (a tiny label would otherwise fill the screen with single dots).
 */
export function fitViewport(label: Pick<LabelSetup, 'widthMm' | 'heightMm' | 'dpi'>, stage: { widthPx: number; heightPx: number }): Viewport {
  const widthDots = mmToDots(label.widthMm, label.dpi);
  const heightDots = mmToDots(label.heightMm, label.dpi);
  const fit = Math.min((stage.widthPx - 2 * FIT_PADDING_PX) / widthDots, (stage.heightPx - 2 * FIT_PADDING_PX) / heightDots);
  const zoom = Math.min(4, MAX_ZOOM, Math.max(MIN_ZOOM, fit));
  return {
    zoom,
    panXPx: Math.round((stage.widthPx - widthDots * zoom) / 2),
    panYPx: Math.round((stage.heightPx - heightDots * zoom) / 2),
  };
}
