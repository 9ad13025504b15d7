import type { Bitmap1 } from '@inkless/label';
import type { Editor } from '../editor/editor';
import type { Preview } from '../editor/preview';
import type { Store } from '../editor/store';
import { buildDesignInstance } from '../studio/sample-row';
import { isSameReport, type StudioState } from '../studio/studio-state';
import { writeBitmapPixels } from './bitmap-image';

/** When the canvas last changed, for the drag-latency benchmark and tests. */
export interface PaintRecord {
  /** performance.now() once the new pixels were in the canvas. */
  readonly paintedAtMs: number;
  /** Time spent in the engine (preview.render) and in writing pixels. */
  readonly renderMs: number;
  readonly paintMs: number;
  readonly drawnCount: number;
}

export interface PreviewPainter {
  readonly lastPaint: () => PaintRecord | undefined;
  stop(): void;
}

/**
 * Keeps a <canvas> showing the engine's own 1-bit rendering of the open document, one canvas
 * pixel per printer dot (CSS scales the element for zoom). Subscribes to the stores directly, so a
 * drag step repaints synchronously, before React renders anything.
 */
export function startPreviewPainter(canvas: HTMLCanvasElement, editor: Editor, studio: Store<StudioState>, preview: Preview): PreviewPainter {
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  let image: ImageData | undefined;
  let shown: { doc: unknown; row: unknown } = { doc: undefined, row: undefined };
  let last: PaintRecord | undefined;
  const tzOffsetMinutes = -new Date().getTimezoneOffset();

  function paint(): void {
    const doc = editor.store.getState().doc;
    const sampleRow = studio.getState().sampleRow;
    if (shown.doc === doc && shown.row === sampleRow) return;
    shown = { doc, row: sampleRow };
    const started = performance.now();
    const result = preview.render(doc, buildDesignInstance(doc, sampleRow, tzOffsetMinutes));
    const rendered = performance.now();
    const bitmap: Bitmap1 = result.bitmap;
    if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
    }
    if (!image || image.width !== bitmap.width || image.height !== bitmap.height) image = ctx!.createImageData(bitmap.width, bitmap.height);
    writeBitmapPixels(bitmap, image);
    ctx!.putImageData(image, 0, 0);
    const painted = performance.now();
    last = { paintedAtMs: painted, renderMs: rendered - started, paintMs: painted - rendered, drawnCount: result.drawnCount };
    const report = { issues: result.issues, warnings: result.warnings, fieldNames: result.fieldNames };
    if (!isSameReport(report, studio.getState().report)) studio.setState((s) => ({ ...s, report }));
  }

  const stopEditor = editor.store.subscribe(paint);
  const stopStudio = studio.subscribe(paint);
  paint();
  return {
    lastPaint: () => last,
    stop() {
      stopEditor();
      stopStudio();
    },
  };
}
