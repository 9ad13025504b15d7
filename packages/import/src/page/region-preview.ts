import type { GreyImage } from '../picture/grey';
import type { PageRegion } from './page-region';
import { scaleWindow } from './turn-and-scale';

/** Draws a rectangle outline `thickness` pixels wide; dashed draws every other 6 pixels. */
function outline(img: GreyImage, x0: number, y0: number, x1: number, y1: number, thickness: number, shade: number, dashed: boolean): void {
  const put = (x: number, y: number): void => {
    if (x >= 0 && y >= 0 && x < img.width && y < img.height) img.data[y * img.width + x] = shade;
  };
  for (let t = 0; t < thickness; t++) {
    for (let x = x0; x <= x1; x++) if (!dashed || ((x / 6) | 0) % 2 === 0) { put(x, y0 + t); put(x, y1 - t); }
    for (let y = y0; y <= y1; y++) if (!dashed || ((y / 6) | 0) % 2 === 0) { put(x0 + t, y); put(x1 - t, y); }
  }
}

/**
 * The page small (at most `maxSide` pixels), lightened, with every region outlined: the chosen one
 * in a thick black line, the others dashed grey. Hosts show it so a user sees what will print.
 *
 * @example
 * const preview = drawRegionPreview(page, regions, 0);
 */
export function drawRegionPreview(page: GreyImage, regions: readonly PageRegion[], chosen: number, maxSide = 600): GreyImage {
  const scale = Math.min(1, maxSide / Math.max(page.width, page.height));
  const small = scaleWindow(page, scale, 0, 0, Math.max(1, Math.round(page.width * scale)), Math.max(1, Math.round(page.height * scale)));
  // Lighten the page so the outlines stand out against black ink.
  for (let i = 0; i < small.data.length; i++) small.data[i] = 96 + ((small.data[i]! * 159) / 255) | 0;
  regions.forEach((r, i) => {
    const x0 = Math.floor(r.x * scale), y0 = Math.floor(r.y * scale);
    const x1 = Math.ceil((r.x + r.width) * scale) - 1, y1 = Math.ceil((r.y + r.height) * scale) - 1;
    if (i === chosen) outline(small, x0, y0, x1, y1, 3, 0, false);
    else outline(small, x0, y0, x1, y1, 1, 64, true);
  });
  return small;
}
