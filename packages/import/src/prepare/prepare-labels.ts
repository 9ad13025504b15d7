import { InklessError, type Bitmap1 } from '@inkless/label';
import { barcodeCheckError, compareSymbols, type BarcodeCheck } from '../barcodes/compare-symbols';
import type { DecodeSymbols, FoundSymbol } from '../barcodes/found-symbol';
import type { PageRegion } from '../page/page-region';
import type { RedrawPage } from '../page/page-window';
import { placeOnStock, type Fit, type RegionDetail, type Rotation, type Stock } from '../page/place-on-stock';
import type { GreyImage } from '../picture/grey';
import { findPageRegions } from './find-page-regions';

/** One page of the source as grey pixels: a rendered PDF page or a picture. */
export interface SourcePage {
  /** As a user counts it, from 1. */
  readonly pageNumber: number;
  readonly grey: GreyImage;
  readonly dpi: number;
  /**
   * The page draws any window of itself, turned and scaled (a PDF page; a picture has only its
   * pixels). Then `grey` is only for finding the label (`findDpiFor`), the label is drawn once at
   * the printer's dots, and its symbols are read on the region drawn again at `sourceDpiFor`.
   */
  readonly redraw?: RedrawPage;
}

export interface PrepareOptions {
  readonly stock: Stock;
  /** The user's region (page pixels); otherwise every label found on each page. */
  readonly region?: PageRegion;
  readonly rotate?: Rotation | 'auto';
  readonly fit?: Fit;
  /** Print even when a barcode no longer scans (the check is still reported). */
  readonly force?: boolean;
  readonly decode: DecodeSymbols;
  /** Read no symbols (no check, no snapping): for measuring the rest of the work only. */
  readonly skipBarcodeCheck?: boolean;
}

export interface PreparedLabel {
  readonly pageNumber: number;
  readonly region: PageRegion;
  readonly rotation: Rotation;
  readonly bitmap: Bitmap1;
  readonly barcodes: BarcodeCheck;
}

/** White paper around the label when it is read back: scanners need a quiet zone past the edge. */
const READ_BORDER = 16;

/** A 1-bit label as grey, with a white border, for the decoder. */
export function bitmapToGrey(bmp: Bitmap1, border = READ_BORDER): GreyImage {
  const width = bmp.width + 2 * border;
  const height = bmp.height + 2 * border;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < bmp.height; y++) {
    for (let x = 0; x < bmp.width; x++) {
      if (bmp.data[y * bmp.stride + (x >> 3)]! & (0x80 >> (x & 7))) data[(y + border) * width + x + border] = 0;
    }
  }
  return { width, height, data };
}

/** White paper kept around a region when its symbols are read: a quarter inch, for their quiet zones. */
const READ_MARGIN_INCH = 0.25;

/**
 * Reads the symbols of one region of the page (with a margin), not the whole page: a 4 x 6 in label
 * on a Letter page at 406 dpi is a quarter of the page's pixels. Boxes come back in page pixels.
 */
async function readRegion(page: SourcePage, region: PageRegion, decode: DecodeSymbols): Promise<FoundSymbol[]> {
  const margin = Math.round(READ_MARGIN_INCH * page.dpi);
  const x0 = Math.max(0, Math.floor(region.x) - margin);
  const y0 = Math.max(0, Math.floor(region.y) - margin);
  const x1 = Math.min(page.grey.width, Math.ceil(region.x + region.width) + margin);
  const y1 = Math.min(page.grey.height, Math.ceil(region.y + region.height) + margin);
  const width = Math.max(0, x1 - x0);
  const data = new Uint8Array(width * Math.max(0, y1 - y0));
  for (let y = y0; y < y1; y++) data.set(page.grey.data.subarray(y * page.grey.width + x0, y * page.grey.width + x1), (y - y0) * width);
  const found = await decode({ width, height: Math.max(0, y1 - y0), data });
  return found
    .map((s) => ({ ...s, box: { ...s.box, x: s.box.x + x0, y: s.box.y + y0 } }))
    .filter((s) => inside(s, region));
}

function inside(symbol: FoundSymbol, r: PageRegion): boolean {
  const cx = symbol.box.x + symbol.box.width / 2;
  const cy = symbol.box.y + symbol.box.height / 2;
  return cx >= r.x && cy >= r.y && cx < r.x + r.width && cy < r.y + r.height;
}

/** Symbols read on the region drawn again (a page that redraws itself), boxes in page pixels, and the drawing. */
async function readRedrawnRegion(page: SourcePage & { redraw: RedrawPage }, region: PageRegion, dpi: number, decode: DecodeSymbols): Promise<{ found: FoundSymbol[]; detail: RegionDetail }> {
  const margin = READ_MARGIN_INCH * page.dpi;
  const x0 = Math.max(0, region.x - margin);
  const y0 = Math.max(0, region.y - margin);
  const x1 = Math.min(page.grey.width, region.x + region.width + margin);
  const y1 = Math.min(page.grey.height, region.y + region.height + margin);
  const k = dpi / page.dpi;
  const image = page.redraw({ region: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, rotation: 0, scale: k, offsetX: 0, offsetY: 0, width: Math.max(1, Math.ceil((x1 - x0) * k)), height: Math.max(1, Math.ceil((y1 - y0) * k)) });
  const found = (await decode(image))
    .map((s) => ({ ...s, box: { x: s.box.x / k + x0, y: s.box.y / k + y0, width: s.box.width / k, height: s.box.height / k } }))
    .filter((s) => inside(s, region));
  return { found, detail: { image, originX: x0, originY: y0, perPagePixel: k } };
}

/**
 * The dpi a host should render a PDF page at to find the label on it, when the page can redraw
 * itself (`SourcePage.redraw`): half the printer's. Enough to see where the ink is (cells of half a
 * millimetre); `findPageRegions` then finds the edges again at the printer's dpi.
 */
export function findDpiFor(stock: Stock): number {
  return stock.dpi / 2;
}

/**
 * The dpi a host should render a PDF page at for this stock: twice the printer's (at least 300,
 * at most 600), so thin bars are resolved on the source and every symbol can be read before.
 */
export function sourceDpiFor(stock: Stock): number {
  return Math.min(600, Math.max(300, Math.ceil(stock.dpi * 2)));
}

/**
 * Pages in (streamed: one page held at a time), labels out; throws barcodeCheckError unless force.
 * Each label's symbols are read on its region of the source (not the whole page) and on the 1-bit result.
 *
 * @example
 * for await (const label of prepareLabels(pages, { stock, decode: decodeSymbolsWithZxing })) send(label.bitmap);
 */
export async function* prepareLabels(pages: AsyncIterable<SourcePage> | Iterable<SourcePage>, options: PrepareOptions): AsyncGenerator<PreparedLabel> {
  for await (const page of pages) {
    const regions = options.region ? [{ ...options.region, found: 'given' as const }] : findPageRegions(page, options.stock);
    if (!options.region && regions.length === 1 && regions[0]!.found === 'whole-page') {
      throw new InklessError('INKLESS_IMPORT_BLANK_PAGE', 'the page has no ink, so there is no label on it to print', { path: `page ${page.pageNumber}` });
    }
    for (const region of regions) {
      const read = options.skipBarcodeCheck ? undefined : page.redraw ? await readRedrawnRegion({ ...page, redraw: page.redraw }, region, sourceDpiFor(options.stock), options.decode) : { found: await readRegion(page, region, options.decode), detail: undefined };
      const before = read?.found ?? [];
      const placed = placeOnStock(page.grey, region, options.stock, {
        sourceDpi: page.dpi,
        ...(options.rotate === undefined ? {} : { rotate: options.rotate }),
        ...(options.fit === undefined ? {} : { fit: options.fit }),
        snapSymbols: before,
        ...(page.redraw ? { redraw: page.redraw } : {}),
        ...(read?.detail ? { detail: read.detail } : {}),
      });
      // Only what was read before is looked for after (extra symbols on the label are not compared).
      const formats = [...new Set(before.map((s) => s.format))];
      const after = before.length > 0 ? await options.decode(bitmapToGrey(placed.bitmap), formats) : [];
      const barcodes = compareSymbols(before, after);
      if (!barcodes.ok && !options.force) throw barcodeCheckError(barcodes, { pageNumber: page.pageNumber, sourceDpi: page.dpi });
      yield { pageNumber: page.pageNumber, region, rotation: placed.rotation, bitmap: placed.bitmap, barcodes };
    }
  }
}
