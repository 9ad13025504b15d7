import { ditherGrey, InklessError, type Bitmap1 } from '@inkless/label';
import { isSnappableLinear, type FoundSymbol } from '../barcodes/found-symbol';
import type { GreyImage } from '../picture/grey';
import type { PageRegion } from './page-region';
import type { RedrawPage } from './page-window';
import { measureLinear, snapLinear } from './snap-linear';
import { clipRegion, cutAndTurn, scaleWindow, turnBox, type Box, type Rotation } from './turn-and-scale';

export type { Rotation } from './turn-and-scale';

/** fit: keep the aspect, whole label inside; fill: cover the stock, excess cropped evenly; actual: source mm = printed mm. */
export type Fit = 'fit' | 'fill' | 'actual';

/** The label stock on the printer, in its own dots. */
export interface Stock {
  readonly widthDots: number;
  readonly heightDots: number;
  readonly dpi: number;
}

export interface PlaceOptions {
  /** Pixels per inch of the page (the PDF render dpi, or the picture's own). */
  readonly sourceDpi: number;
  /** Clockwise turn; 'auto' (the default) turns a landscape label onto portrait stock and back. */
  readonly rotate?: Rotation | 'auto';
  /** Default 'fit'. */
  readonly fit?: Fit;
  /** Grey below this prints (0..255); default 128. */
  readonly threshold?: number;
  /** Symbols found on the page (page pixels): linear ones are redrawn with whole-dot modules. */
  readonly snapSymbols?: readonly FoundSymbol[];
  /**
   * The page can draw the window itself (a PDF page): the label is drawn once, straight at the
   * stock's dots, instead of cut, turned and averaged down from `page`. `page` then only needs to
   * be fine enough to find the region.
   */
  readonly redraw?: RedrawPage;
  /** With `redraw`: the region drawn again finer (where `snapSymbols` were read), to measure bars on. */
  readonly detail?: RegionDetail;
}

/** A part of the page drawn finer: detail pixel = (page pixel - origin) x perPagePixel. */
export interface RegionDetail {
  readonly image: GreyImage;
  readonly originX: number;
  readonly originY: number;
  readonly perPagePixel: number;
}

export interface Placed {
  readonly bitmap: Bitmap1;
  readonly rotation: Rotation;
  /** Label dots per page pixel. */
  readonly scale: number;
}

/** The turn that makes a region's orientation match the stock's: 90 when one is landscape and the other portrait. */
export function autoRotation(regionWidth: number, regionHeight: number, stock: Stock): Rotation {
  const regionLandscape = regionWidth > regionHeight;
  const stockLandscape = stock.widthDots > stock.heightDots;
  return regionLandscape !== stockLandscape && regionWidth !== regionHeight && stock.widthDots !== stock.heightDots ? 90 : 0;
}

function scaleFor(fit: Fit, width: number, height: number, stock: Stock, sourceDpi: number): number {
  switch (fit) {
    case 'fit':
      return Math.min(stock.widthDots / width, stock.heightDots / height);
    case 'fill':
      return Math.max(stock.widthDots / width, stock.heightDots / height);
    case 'actual':
      return stock.dpi / sourceDpi;
    default: {
      const never: never = fit;
      throw new Error(`unknown fit ${String(never)}`);
    }
  }
}

/**
 * Turns a region of a page into a label at the printer's dots: turned (rotation), scaled (fit),
 * centred on the stock (excess cropped evenly), thresholded to 1 bit, and with every linear symbol
 * in `snapSymbols` redrawn so its bars and spaces are whole dots.
 *
 * @example
 * const { bitmap } = placeOnStock(page, region, { widthDots: 812, heightDots: 1218, dpi: 203 }, { sourceDpi: 406 });
 */
export function placeOnStock(page: GreyImage, region: PageRegion, stock: Stock, options: PlaceOptions): Placed {
  const box = options.redraw ? clipExactly(region, page) : clipRegion(region, page);
  if (!box) {
    throw new InklessError('INKLESS_IMPORT_BAD_REGION', `the region ${region.width}x${region.height} at ${region.x},${region.y} pixels lies outside the ${page.width}x${page.height} page`);
  }
  if (!(options.sourceDpi > 0) || !(stock.dpi > 0) || !(stock.widthDots > 0) || !(stock.heightDots > 0)) {
    throw new RangeError(`source dpi ${options.sourceDpi} and stock ${stock.widthDots}x${stock.heightDots} dots at ${stock.dpi} dpi must be positive`);
  }
  const rotation = options.rotate === undefined || options.rotate === 'auto' ? autoRotation(box.width, box.height, stock) : options.rotate;
  const quarter = rotation === 90 || rotation === 270;
  const turnedW = quarter ? box.height : box.width;
  const turnedH = quarter ? box.width : box.height;
  const scale = scaleFor(options.fit ?? 'fit', turnedW, turnedH, stock, options.sourceDpi);
  const offsetX = Math.floor((stock.widthDots - Math.round(turnedW * scale)) / 2);
  const offsetY = Math.floor((stock.heightDots - Math.round(turnedH * scale)) / 2);
  const threshold = options.threshold ?? 128;
  const window = { region: box, rotation, scale, offsetX, offsetY, width: stock.widthDots, height: stock.heightDots };
  // The JS path keeps the turned region: snapping measures bars on it.
  const turned = options.redraw ? undefined : cutAndTurn(page, box, rotation);
  const grey = options.redraw ? options.redraw(window) : scaleWindow(turned!, scale, -offsetX, -offsetY, stock.widthDots, stock.heightDots);
  const bitmap = ditherGrey(grey, 'threshold', threshold);
  const measureOn = turned ? { image: turned, box, perPagePixel: 1, originX: 0, originY: 0 } : options.detail && detailTurned(options.detail, box, rotation);
  for (const symbol of options.snapSymbols ?? []) {
    if (!isSnappableLinear(symbol.format) || !measureOn) continue;
    const cx = symbol.box.x + symbol.box.width / 2;
    const cy = symbol.box.y + symbol.box.height / 2;
    if (cx < box.x || cy < box.y || cx >= box.x + box.width || cy >= box.y + box.height) continue;
    const k = measureOn.perPagePixel;
    const inDetail = { x: (symbol.box.x - measureOn.originX) * k, y: (symbol.box.y - measureOn.originY) * k, width: symbol.box.width * k, height: symbol.box.height * k };
    const measured = measureLinear(measureOn.image, turnBox(inDetail, measureOn.box, rotation), threshold, symbol.format);
    if (measured) snapLinear(bitmap, measured, { scale: scale / k, offsetX, offsetY, threshold });
  }
  return { bitmap, rotation, scale };
}

/** A region clipped to the page, its edges kept where they fall (a redraw takes fractional pixels). */
function clipExactly(region: PageRegion, page: GreyImage): Box | undefined {
  const x = Math.max(0, region.x);
  const y = Math.max(0, region.y);
  const x1 = Math.min(page.width, region.x + region.width);
  const y1 = Math.min(page.height, region.y + region.height);
  return x1 > x && y1 > y ? { x, y, width: x1 - x, height: y1 - y } : undefined;
}

/** The region cut out of the finer drawing and turned, with the region's box in the drawing's pixels. */
function detailTurned(detail: RegionDetail, box: Box, rotation: Rotation): { image: GreyImage; box: Box; perPagePixel: number; originX: number; originY: number } | undefined {
  const k = detail.perPagePixel;
  const inDetail = clipRegion({ x: (box.x - detail.originX) * k, y: (box.y - detail.originY) * k, width: box.width * k, height: box.height * k, found: 'given' }, detail.image);
  if (!inDetail) return undefined;
  return { image: cutAndTurn(detail.image, inDetail, rotation), box: inDetail, perPagePixel: k, originX: detail.originX, originY: detail.originY };
}
