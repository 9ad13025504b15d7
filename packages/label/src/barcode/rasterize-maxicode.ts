import { createBitmap, fillSpan, type Bitmap1 } from '../bitmap/bitmap1';
import { MAXICODE_COLUMNS, MAXICODE_ROWS, type MaxicodeSymbol } from './symbol';

/** Bullseye ring radii in hexagon widths (ISO/IEC 16023 figure, as bwip-js draws them): dark between pairs. */
const RINGS: ReadonlyArray<readonly [number, number]> = [[0.583, 1.349], [2.126, 2.892], [3.658, 4.423]];
const SQRT3 = Math.sqrt(3);

/**
 * MaxiCode geometry in dots for a hexagon width `w`: the row pitch is round(w * sqrt(3) / 2) so
 * every row starts on a whole dot; odd rows shift right by w / 2.
 */
export function maxicodeGeometry(w: number, quietModules: number): { pitch: number; hexH: number; quiet: number; width: number; height: number } {
  const pitch = Math.round((w * SQRT3) / 2);
  const hexH = Math.round((2 * w) / SQRT3);
  const quiet = quietModules * w;
  return { pitch, hexH, quiet, width: MAXICODE_COLUMNS * w + Math.ceil(w / 2) + 2 * quiet, height: (MAXICODE_ROWS - 1) * pitch + hexH + 2 * quiet };
}

/**
 * Draws MaxiCode hexagons (a dot is ink when its centre lies inside the hexagon, shrunk a little so
 * neighbours stay apart) and the bullseye. Square-root only: identical in every JS engine.
 */
export function rasterizeMaxicode(symbol: MaxicodeSymbol, moduleDots: number): Bitmap1 {
  const w = moduleDots;
  const g = maxicodeGeometry(w, symbol.quiet);
  const bmp = createBitmap(g.width, g.height);
  const half = (w * 0.92) / 2;
  const rad = half * 2 / SQRT3;
  for (let row = 0; row < MAXICODE_ROWS; row++) {
    for (let col = 0; col < MAXICODE_COLUMNS; col++) {
      if (!symbol.hexes[row * MAXICODE_COLUMNS + col]) continue;
      const cx = g.quiet + col * w + w / 2 + (row & 1 ? w / 2 : 0);
      const cy = g.quiet + row * g.pitch + g.hexH / 2;
      for (let y = Math.floor(cy - rad); y <= Math.ceil(cy + rad); y++) {
        const dy = Math.abs(y + 0.5 - cy);
        // Half-width of the pointy-top hexagon at this height.
        const span = Math.min(half, (rad - dy) * SQRT3);
        if (span <= 0) continue;
        fillSpan(bmp, y, Math.round(cx - span), Math.round(cx + span));
      }
    }
  }
  const cx = g.quiet + 14 * w + w / 2;
  const cy = g.quiet + 16 * g.pitch + g.hexH / 2;
  const outer = RINGS[RINGS.length - 1]![1] * w;
  for (let y = Math.floor(cy - outer); y <= Math.ceil(cy + outer); y++) {
    const dy = y + 0.5 - cy;
    for (let x = Math.floor(cx - outer); x <= Math.ceil(cx + outer); x++) {
      const dx = x + 0.5 - cx;
      const r = Math.sqrt(dx * dx + dy * dy) / w;
      if (RINGS.some(([a, b]) => r >= a && r <= b)) fillSpan(bmp, y, x, x + 1);
    }
  }
  return bmp;
}
