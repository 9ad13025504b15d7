import type { Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';
import type { RasterizeOptions } from './raster-options';
import { rasterizeLinear } from './rasterize-linear';
import { rasterizeMatrix } from './rasterize-matrix';
import { rasterizeMaxicode } from './rasterize-maxicode';
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
  if (!Number.isInteger(options.moduleDots) || options.moduleDots < 1 || options.moduleDots > 100) {
    throw new InklessError('INKLESS_BARCODE_OPTION', `moduleDots must be a whole number of dots from 1 to 100, got ${options.moduleDots}`);
  }
  if (options.barHeightDots !== undefined && (!Number.isInteger(options.barHeightDots) || options.barHeightDots < 1)) {
    throw new InklessError('INKLESS_BARCODE_OPTION', `barHeightDots must be a whole number of dots >= 1, got ${options.barHeightDots}`);
  }
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
