import type { Bitmap1 } from '@inkless/label';
import { findRowInkEnd } from './ink-bands';

/** One step down the paper: raster rows [y, y + height) `widthBytes` wide, or a blank feed. */
export type EscposStep =
  | { readonly kind: 'raster'; readonly y: number; readonly height: number; readonly widthBytes: number }
  | { readonly kind: 'feed'; readonly y: number; readonly height: number };

export interface EscposBandOptions {
  /** Rows to cover from the top: the label height, or one past the last ink row. */
  readonly rows: number;
  /** Most rows in one raster band (clones overflow on big `GS v 0` blocks). */
  readonly maxBandRows: number;
  /** Bytes of a raster band header (`GS v 0 m xL xH yL yH` = 8). */
  readonly rasterHeaderBytes: number;
  /** Bytes of one feed command (`ESC J n` = 3) and the most dots it feeds (255). */
  readonly feedBytes: number;
  readonly maxFeedDots: number;
}

/**
 * Plans a label as ESC/POS raster bands and blank feeds for the fewest bytes. ESC/POS rows always
 * start at the left margin, so a band can only be narrowed on the right (to its rightmost ink
 * byte); blank stretches cost a few feed bytes instead of rows. A dynamic program over rows picks
 * the band boundaries: a wide barcode does not make the small text above it wide too.
 */
export function planEscposBands(bmp: Bitmap1, options: EscposBandOptions): EscposStep[] {
  const n = Math.min(options.rows, bmp.height);
  const inkEnd = new Int32Array(n);
  for (let y = 0; y < n; y++) inkEnd[y] = findRowInkEnd(bmp, y);
  const best = new Float64Array(n + 1);
  const from = new Int32Array(n + 1);
  const isFeed = new Uint8Array(n + 1);
  const width = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    best[i] = Infinity;
    // A feed over the blank rows [j, i).
    for (let j = i - 1; j >= 0 && inkEnd[j] === 0 && i - j <= 4 * options.maxFeedDots; j--) {
      const cost = best[j]! + options.feedBytes * Math.ceil((i - j) / options.maxFeedDots);
      if (cost < best[i]!) { best[i] = cost; from[i] = j; isFeed[i] = 1; }
    }
    // A raster band over rows [j, i), as wide as its widest row.
    let w = 0;
    for (let j = i - 1; j >= Math.max(0, i - options.maxBandRows); j--) {
      w = Math.max(w, inkEnd[j]!);
      const cost = best[j]! + options.rasterHeaderBytes + w * (i - j);
      if (w > 0 && cost < best[i]!) { best[i] = cost; from[i] = j; isFeed[i] = 0; width[i] = w; }
    }
  }
  const steps: EscposStep[] = [];
  for (let i = n; i > 0; i = from[i]!) {
    const y = from[i]!;
    steps.push(isFeed[i] ? { kind: 'feed', y, height: i - y } : { kind: 'raster', y, height: i - y, widthBytes: width[i]! });
  }
  return steps.reverse();
}
