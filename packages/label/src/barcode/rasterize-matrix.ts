import { blit, createBitmap, fillSpan, type Bitmap1 } from '../bitmap/bitmap1';
import { renderTextBlock } from '../text/text-block';
import { hrtGapDots, hrtHeightDots } from './rasterize-linear';
import type { RasterizeOptions } from './raster-options';
import type { MatrixSymbol } from './symbol';

/** Draws a module matrix as moduleDots x moduleDots squares with the quiet zone kept inside. */
export function rasterizeMatrix(symbol: MatrixSymbol, options: RasterizeOptions): Bitmap1 {
  const hrtText = options.hrtText ?? '';
  const m = options.moduleDots;
  const q = symbol.quiet * m;
  const symbolH = symbol.height * m + 2 * q;
  const hrt = options.hrt && hrtText ? options.hrt : undefined;
  const textH = hrt ? hrtHeightDots(hrt.sizeDots) : 0;
  const gap = hrt ? hrtGapDots(m) : 0;
  const bmp = createBitmap(symbol.width * m + 2 * q, symbolH + gap + textH);
  for (let row = 0; row < symbol.height; row++) {
    const base = row * symbol.width;
    const y0 = q + row * m;
    let col = 0;
    while (col < symbol.width) {
      if (!symbol.bits[base + col]) { col++; continue; }
      const start = col;
      while (col < symbol.width && symbol.bits[base + col]) col++;
      for (let y = y0; y < y0 + m; y++) fillSpan(bmp, y, q + start * m, q + col * m);
    }
  }
  if (hrt) {
    const block = renderTextBlock(hrt.fonts, {
      text: hrtText, family: hrt.family, sizeDots: hrt.sizeDots, align: 'center', valign: 'top', wrap: false, shrinkToFit: true,
      widthDots: bmp.width, heightDots: textH,
    });
    blit(bmp, block.bitmap, 0, symbolH + gap);
  }
  return bmp;
}
