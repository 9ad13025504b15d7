import { InklessError, type Bitmap1 } from '@inkless/label';
import { barcodeCheckError, compareSymbols, type BarcodeCheck } from '../barcodes/compare-symbols';
import type { DecodeSymbols, FoundSymbol } from '../barcodes/found-symbol';
import type { PageRegion } from '../page/page-region';
import { findLabelRegions } from '../page/find-label-regions';
import { placeOnStock, type Fit, type Rotation, type Stock } from '../page/place-on-stock';
import type { GreyImage } from '../picture/grey';

/** One page of the source as grey pixels: a rendered PDF page or a picture. */
export interface SourcePage {
  /** As a user counts it, from 1. */
  readonly pageNumber: number;
  readonly grey: GreyImage;
  readonly dpi: number;
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
    const regions = options.region ? [{ ...options.region, found: 'given' as const }] : findLabelRegions(page.grey, page.dpi);
    if (!options.region && regions.length === 1 && regions[0]!.found === 'whole-page') {
      throw new InklessError('INKLESS_IMPORT_BLANK_PAGE', 'the page has no ink, so there is no label on it to print', { path: `page ${page.pageNumber}` });
    }
    for (const region of regions) {
      const before = await readRegion(page, region, options.decode);
      const placed = placeOnStock(page.grey, region, options.stock, {
        sourceDpi: page.dpi,
        ...(options.rotate === undefined ? {} : { rotate: options.rotate }),
        ...(options.fit === undefined ? {} : { fit: options.fit }),
        snapSymbols: before,
      });
      const after = await options.decode(bitmapToGrey(placed.bitmap));
      const barcodes = compareSymbols(before, after);
      if (!barcodes.ok && !options.force) throw barcodeCheckError(barcodes, { pageNumber: page.pageNumber, sourceDpi: page.dpi });
      yield { pageNumber: page.pageNumber, region, rotation: placed.rotation, bitmap: placed.bitmap, barcodes };
    }
  }
}
