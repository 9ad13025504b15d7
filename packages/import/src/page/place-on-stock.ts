import { createBitmap, InklessError, type Bitmap1 } from '@inkless/label';
import { isSnappableLinear, type FoundSymbol } from '../barcodes/found-symbol';
import type { GreyImage } from '../picture/grey';
import type { PageRegion } from './page-region';
import { measureLinear, snapLinear } from './snap-linear';
import { clipRegion, cutAndTurn, scaleWindow, turnBox, type Rotation } from './turn-and-scale';

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
  const box = clipRegion(region, page);
  if (!box) {
    throw new InklessError('INKLESS_IMPORT_BAD_REGION', `the region ${region.width}x${region.height} at ${region.x},${region.y} pixels lies outside the ${page.width}x${page.height} page`);
  }
  if (!(options.sourceDpi > 0) || !(stock.dpi > 0) || !(stock.widthDots > 0) || !(stock.heightDots > 0)) {
    throw new RangeError(`source dpi ${options.sourceDpi} and stock ${stock.widthDots}x${stock.heightDots} dots at ${stock.dpi} dpi must be positive`);
  }
  const rotation = options.rotate === undefined || options.rotate === 'auto' ? autoRotation(box.width, box.height, stock) : options.rotate;
  const turned = cutAndTurn(page, box, rotation);
  const scale = scaleFor(options.fit ?? 'fit', turned.width, turned.height, stock, options.sourceDpi);
  const offsetX = Math.floor((stock.widthDots - Math.round(turned.width * scale)) / 2);
  const offsetY = Math.floor((stock.heightDots - Math.round(turned.height * scale)) / 2);
  const grey = scaleWindow(turned, scale, -offsetX, -offsetY, stock.widthDots, stock.heightDots);
  const threshold = options.threshold ?? 128;
  const bitmap = createBitmap(stock.widthDots, stock.heightDots);
  for (let y = 0; y < bitmap.height; y++) {
    const row = y * bitmap.width;
    for (let x = 0; x < bitmap.width; x++) if (grey.data[row + x]! < threshold) bitmap.data[y * bitmap.stride + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  for (const symbol of options.snapSymbols ?? []) {
    if (!isSnappableLinear(symbol.format)) continue;
    const cx = symbol.box.x + symbol.box.width / 2;
    const cy = symbol.box.y + symbol.box.height / 2;
    if (cx < box.x || cy < box.y || cx >= box.x + box.width || cy >= box.y + box.height) continue;
    const measured = measureLinear(turned, turnBox(symbol.box, box, rotation), threshold, symbol.format);
    if (measured) snapLinear(bitmap, measured, { scale, offsetX, offsetY, threshold });
  }
  return { bitmap, rotation, scale };
}
