import { findLabelRegions } from '../page/find-label-regions';
import { INK_BELOW } from '../page/ink-grid';
import type { PageRegion } from '../page/page-region';
import type { RedrawPage } from '../page/page-window';
import type { Stock } from '../page/place-on-stock';
import type { GreyImage } from '../picture/grey';

/** What finding needs of a source page: its grey at its dpi, and (a PDF page) a way to draw parts of it again. */
export interface FindablePage {
  readonly grey: GreyImage;
  readonly dpi: number;
  readonly redraw?: RedrawPage;
}

/**
 * The labels on a page. A page that redraws itself is drawn whole only coarsely (`findDpiFor`), so
 * each region found is sharpened: the part around it (one coarse pixel more each side) is drawn
 * again at the printer's dpi and the region becomes the ink's exact box there, so its edges are
 * within a dot, as if the whole page had been drawn at the printer's dpi. Hosts that show the
 * regions (the studio) call this too, so they pass `prepareLabels` the same regions it finds.
 *
 * @example
 * const [region] = findPageRegions(pdfSourcePage(pdf, 0, stock), stock);
 */
export function findPageRegions(page: FindablePage, stock: Stock): PageRegion[] {
  const found = findLabelRegions(page.grey, page.dpi);
  const redraw = page.redraw;
  if (!redraw || !(stock.dpi > page.dpi)) return found;
  return found.map((region) => (region.found === 'whole-page' ? region : sharpen(region, page, redraw, stock.dpi / page.dpi)));
}

function sharpen(region: PageRegion, page: FindablePage, redraw: RedrawPage, k: number): PageRegion {
  const x0 = Math.max(0, region.x - 1);
  const y0 = Math.max(0, region.y - 1);
  const x1 = Math.min(page.grey.width, region.x + region.width + 1);
  const y1 = Math.min(page.grey.height, region.y + region.height + 1);
  const width = Math.ceil((x1 - x0) * k);
  const height = Math.ceil((y1 - y0) * k);
  const fine = redraw({ region: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, rotation: 0, scale: k, offsetX: 0, offsetY: 0, width, height });
  const ink = inkBox(fine);
  if (!ink) return region;
  return { x: x0 + ink.x0 / k, y: y0 + ink.y0 / k, width: (ink.x1 - ink.x0) / k, height: (ink.y1 - ink.y0) / k, found: region.found };
}

/** The box of pixels darker than INK_BELOW (ends exclusive), or undefined when there are none. */
function inkBox(g: GreyImage): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const { width, height, data } = g;
  let y0 = -1;
  let y1 = -1;
  let x0 = width;
  let x1 = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let first = -1;
    for (let x = 0; x < width; x++) if (data[row + x]! < INK_BELOW) { first = x; break; }
    if (first < 0) continue;
    if (y0 < 0) y0 = y;
    y1 = y + 1;
    if (first < x0) x0 = first;
    for (let x = width - 1; x >= x1; x--) if (data[row + x]! < INK_BELOW) { x1 = x + 1; break; }
  }
  return y0 < 0 ? undefined : { x0, y0, x1, y1 };
}
