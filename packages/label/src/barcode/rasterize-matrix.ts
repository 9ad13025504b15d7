import { blit, createBitmap, fillSpan, repeatRowBytes, type Bitmap1 } from '../bitmap/bitmap1';
import { renderTextBlock } from '../text/text-block';
import { hrtGapDots, hrtHeightDots } from './rasterize-linear';
import type { RasterizeOptions } from './raster-options';
import type { MatrixSymbol } from './symbol';

/** Width and height in dots of the matrix drawn with these options (quiet zone and text included). */
export function measureMatrix(symbol: MatrixSymbol, options: RasterizeOptions): { width: number; height: number } {
  const m = options.moduleDots;
  const hrt = options.hrt && options.hrtText ? options.hrt : undefined;
  const textH = hrt ? hrtHeightDots(hrt.sizeDots) + hrtGapDots(m) : 0;
  return { width: (symbol.width + 2 * symbol.quiet) * m, height: (symbol.height + 2 * symbol.quiet) * m + textH };
}

/** Draws a module matrix as moduleDots x moduleDots squares with the quiet zone kept inside. */
export function rasterizeMatrix(symbol: MatrixSymbol, options: RasterizeOptions): Bitmap1 {
  const size = measureMatrix(symbol, options);
  const bmp = createBitmap(size.width, size.height);
  drawMatrix(bmp, 0, symbol, options);
  return bmp;
}

/**
 * Draws the matrix with its top-left corner (quiet zone included) at (x, 0) of `bmp`, whose rows
 * there must be blank: each module row is drawn once and its bytes copied down (a fresh element box).
 */
export function drawMatrix(bmp: Bitmap1, x: number, symbol: MatrixSymbol, options: RasterizeOptions): void {
  const hrtText = options.hrtText ?? '';
  const m = options.moduleDots;
  const q = symbol.quiet * m;
  const symbolH = symbol.height * m + 2 * q;
  const hrt = options.hrt && hrtText ? options.hrt : undefined;
  const textH = hrt ? hrtHeightDots(hrt.sizeDots) : 0;
  const gap = hrt ? hrtGapDots(m) : 0;
  const width = symbol.width * m + 2 * q;
  // The bytes the symbol's dots fall in: what a module row's copies cover.
  const fromByte = Math.max(0, x >> 3);
  const toByte = Math.min(bmp.stride, (x + width + 7) >> 3);
  for (let row = 0; row < symbol.height; row++) {
    const base = row * symbol.width;
    const y0 = q + row * m;
    if (y0 >= bmp.height) break;
    let col = 0;
    while (col < symbol.width) {
      if (!symbol.bits[base + col]) { col++; continue; }
      const start = col;
      while (col < symbol.width && symbol.bits[base + col]) col++;
      fillSpan(bmp, y0, x + q + start * m, x + q + col * m);
    }
    repeatRowBytes(bmp, y0, y0 + m, fromByte, toByte);
  }
  if (hrt) {
    const block = renderTextBlock(hrt.fonts, {
      text: hrtText, family: hrt.family, sizeDots: hrt.sizeDots, align: 'center', valign: 'top', wrap: false, shrinkToFit: true,
      widthDots: width, heightDots: textH,
    });
    blit(bmp, block.bitmap, x, symbolH + gap);
  }
}
