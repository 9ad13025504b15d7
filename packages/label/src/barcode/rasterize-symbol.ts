import { blit, type Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';
import type { RasterizeOptions } from './raster-options';
import { drawLinear, measureLinear, rasterizeLinear } from './rasterize-linear';
import { drawMatrix, measureMatrix, rasterizeMatrix } from './rasterize-matrix';
import { maxicodeGeometry, rasterizeMaxicode } from './rasterize-maxicode';
import type { BarcodeSymbol } from './symbol';

/**
 * Draws a symbol at whole-dot modules with its quiet zones inside the returned bitmap. Never
 * resamples or dithers: a module is exactly `moduleDots` dots (wide two-width runs exactly
 * round(ratio x moduleDots)). HRT is drawn for linear symbols when `options.hrt` is given.
 *
 * @example
 * const bmp = rasterizeSymbol(symbol, { moduleDots: 2, barHeightDots: 120 });
 */
export function rasterizeSymbol(symbol: BarcodeSymbol, options: RasterizeOptions): Bitmap1 {
  checkRasterOptions(options);
  switch (symbol.kind) {
    case 'linear': return rasterizeLinear(symbol, options);
    case 'matrix': return rasterizeMatrix(symbol, options);
    case 'maxicode': return rasterizeMaxicode(symbol, options.moduleDots);
    default: {
      const never: never = symbol;
      throw new InklessError('INKLESS_BARCODE_SYMBOLOGY_UNKNOWN', `unknown symbol kind ${(never as { kind: string }).kind}`);
    }
  }
}

/**
 * Draws the symbol as rasterizeSymbol does, with its top-left corner at (x, 0) of `bmp`, straight
 * into a blank box (its rows there must hold no other ink): the element box needs no second copy.
 */
export function drawSymbol(bmp: Bitmap1, x: number, symbol: BarcodeSymbol, options: RasterizeOptions): void {
  checkRasterOptions(options);
  switch (symbol.kind) {
    case 'linear': return drawLinear(bmp, x, symbol, options);
    case 'matrix': return drawMatrix(bmp, x, symbol, options);
    case 'maxicode': return blit(bmp, rasterizeMaxicode(symbol, options.moduleDots), x, 0);
    default: {
      const never: never = symbol;
      throw new InklessError('INKLESS_BARCODE_SYMBOLOGY_UNKNOWN', `unknown symbol kind ${(never as { kind: string }).kind}`);
    }
  }
}

/** Width and height in dots of what rasterizeSymbol draws (text included). */
export function measureSymbolDots(symbol: BarcodeSymbol, options: RasterizeOptions): { width: number; height: number } {
  checkRasterOptions(options);
  switch (symbol.kind) {
    case 'linear': return measureLinear(symbol, options);
    case 'matrix': return measureMatrix(symbol, options);
    case 'maxicode': {
      const g = maxicodeGeometry(options.moduleDots, symbol.quiet);
      return { width: g.width, height: g.height };
    }
    default: {
      const never: never = symbol;
      throw new InklessError('INKLESS_BARCODE_SYMBOLOGY_UNKNOWN', `unknown symbol kind ${(never as { kind: string }).kind}`);
    }
  }
}

function checkRasterOptions(options: RasterizeOptions): void {
  if (!Number.isInteger(options.moduleDots) || options.moduleDots < 1 || options.moduleDots > 100) {
    throw new InklessError('INKLESS_BARCODE_OPTION', `moduleDots must be a whole number of dots from 1 to 100, got ${options.moduleDots}`);
  }
  if (options.barHeightDots !== undefined && (!Number.isInteger(options.barHeightDots) || options.barHeightDots < 1)) {
    throw new InklessError('INKLESS_BARCODE_OPTION', `barHeightDots must be a whole number of dots >= 1, got ${options.barHeightDots}`);
  }
}
