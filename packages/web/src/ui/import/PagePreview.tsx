import type { PageRegion } from '@inkless/import';
import type { GreyImage } from '@inkless/label';
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { PageFractionBox } from '../../import/region-choice';


/** The page is shown this many pixels wide (small: it is for choosing, the label view is for dots). */
const THUMB_WIDTH_PX = 300;
/** A drawn box smaller than this share of the page is a click, not a region. */
const MIN_DRAWN = 0.02;

/** The page scaled down, keeping the darkest pixel of each cell so thin bars and text stay visible. */
function thumbnail(grey: GreyImage): ImageData {
  const scale = Math.min(1, THUMB_WIDTH_PX / grey.width);
  const width = Math.max(1, Math.round(grey.width * scale));
  const height = Math.max(1, Math.round(grey.height * scale));
  const out = new ImageData(width, height);
  const step = 1 / scale;
  for (let ty = 0; ty < height; ty++) {
    const y0 = Math.floor(ty * step);
    const y1 = Math.min(grey.height, Math.max(y0 + 1, Math.floor((ty + 1) * step)));
    for (let tx = 0; tx < width; tx++) {
      const x0 = Math.floor(tx * step);
      const x1 = Math.min(grey.width, Math.max(x0 + 1, Math.floor((tx + 1) * step)));
      let v = 255;
      // At most 3 x 3 samples a cell: bounded work for any page size.
      for (let sy = 0; sy < 3; sy++) {
        const y = y0 + Math.floor(((y1 - y0) * sy) / 3);
        for (let sx = 0; sx < 3; sx++) v = Math.min(v, grey.data[y * grey.width + x0 + Math.floor(((x1 - x0) * sx) / 3)]!);
      }
      const i = (ty * width + tx) * 4;
      out.data[i] = out.data[i + 1] = out.data[i + 2] = v;
      out.data[i + 3] = 255;
    }
  }
  return out;
}

/**
 * The page, small, with every label found outlined (dashed) and the part that becomes the label
 * in solid red. Dragging on it draws the part by hand.
 */
export function PagePreview({ grey, regions, chosen, label, onDraw }: {
  readonly grey: GreyImage;
  readonly regions: readonly PageRegion[];
  readonly chosen: PageRegion | undefined;
  readonly label: string;
  readonly onDraw: (box: PageFractionBox) => void;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const thumb = useMemo(() => thumbnail(grey), [grey]);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | undefined>();

  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    canvas.width = thumb.width;
    canvas.height = thumb.height;
    context.putImageData(thumb, 0, 0);
    const k = thumb.width / grey.width;
    const outline = (r: { x: number; y: number; width: number; height: number }, colour: string, dash: number[]) => {
      context.setLineDash(dash);
      context.strokeStyle = colour;
      context.lineWidth = 2;
      context.strokeRect(r.x * k + 1, r.y * k + 1, Math.max(1, r.width * k - 2), Math.max(1, r.height * k - 2));
    };
    for (const r of regions) outline(r, '#1f6feb', [5, 3]);
    if (chosen) outline(chosen, '#d1242f', []);
    if (drag) outline({ x: Math.min(drag.x0, drag.x1) * grey.width, y: Math.min(drag.y0, drag.y1) * grey.height, width: Math.abs(drag.x1 - drag.x0) * grey.width, height: Math.abs(drag.y1 - drag.y0) * grey.height }, '#d1242f', [2, 2]);
  }, [thumb, grey, regions, chosen, drag]);

  const at = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)), y: Math.min(1, Math.max(0, (e.clientY - box.top) / box.height)) };
  };
  return (
    <canvas
      ref={ref}
      className="import-page"
      role="img"
      aria-label={label}
      data-testid="import-page-canvas"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const p = at(e);
        setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
      }}
      onPointerMove={(e) => drag && setDrag({ ...drag, x1: at(e).x, y1: at(e).y })}
      onPointerUp={() => {
        if (!drag) return;
        setDrag(undefined);
        const box = { x: Math.min(drag.x0, drag.x1), y: Math.min(drag.y0, drag.y1), width: Math.abs(drag.x1 - drag.x0), height: Math.abs(drag.y1 - drag.y0) };
        if (box.width >= MIN_DRAWN && box.height >= MIN_DRAWN) onDraw(box);
      }}
    />
  );
}
