import type { Bitmap1 } from '@inkless/label';
import { findRowRuns, PAIRS_EVEN, PAIRS_ODD } from './escpos-row-runs';

/**
 * One step down the paper: a raster band or a blank feed. A band prints rows [y, y + height) of
 * the label from its left margin `xDots` on, from `dataBytes` bytes a row, scaled by scaleX /
 * scaleY: `GS v 0` double width (data dot k prints as dots xDots + 2k and + 2k + 1) and double
 * height (each data row prints twice). It carries height / scaleY data rows.
 */
export type EscposStep =
  | { readonly kind: 'raster'; readonly y: number; readonly height: number; readonly xDots: number; readonly dataBytes: number; readonly scaleX: 1 | 2; readonly scaleY: 1 | 2 }
  | { readonly kind: 'feed'; readonly y: number; readonly height: number };

export interface EscposBandOptions {
  /** Rows to cover from the top: the label height, or one past the last ink row. */
  readonly rows: number;
  /** Bytes across the head: no band may print past them (double width prints 16-dot steps). */
  readonly headBytes: number;
  /** Most printed rows in one raster band (clones overflow on big `GS v 0` blocks). */
  readonly maxBandRows: number;
  /** Bytes of a raster band header (`GS v 0 m xL xH yL yH` = 8). */
  readonly rasterHeaderBytes: number;
  /** Bytes to move the left margin away from 0 (`GS L` + `GS W` = 8). */
  readonly marginBytes: number;
  /** Bytes of one feed command (`ESC J n` = 3) and the most dots it feeds (255). */
  readonly feedBytes: number;
  readonly maxFeedDots: number;
  /** Allow double-height bands (`GS v 0` m = 2) where rows come in identical pairs. */
  readonly doubleHeight: boolean;
  /** Allow double-width bands (m = 1, or 3 with double height) where dots come in pairs. */
  readonly doubleWidth: boolean;
}

/** Most runs one band may join: bounds the search (a band of text rows is a run per row). */
const MAX_BAND_RUNS = 64;

/** The cheapest step found so far that ends at one run. */
interface Pick { cost: number; from: number; xDots: number; dataBytes: number; mode: number }

function consider(pick: Pick, cost: number, from: number, xDots: number, dataBytes: number, mode: number): void {
  if (cost >= pick.cost) return;
  pick.cost = cost;
  pick.from = from;
  pick.xDots = xDots;
  pick.dataBytes = dataBytes;
  pick.mode = mode;
}

/**
 * Plans a label as ESC/POS raster bands and blank feeds for the fewest bytes. The rows are first
 * grouped into runs of identical rows; a dynamic program over the runs then picks the bands: each
 * band starts at its leftmost ink byte (a left margin) and ends at its rightmost, sends identical
 * row pairs once (double height) and equal dot pairs once (double width) where the whole band
 * allows it, and blank stretches cost a few feed bytes. Text above a barcode gets its own narrow
 * band and a centred QR code sends only its own columns, a quarter of them.
 */
export function planEscposBands(bmp: Bitmap1, options: EscposBandOptions): EscposStep[] {
  const runs = findRowRuns(bmp, options.rows, options.maxBandRows - (options.maxBandRows % 2));
  const u = runs.count;
  const best = new Float64Array(u + 1);
  const from = new Int32Array(u + 1);
  const mode = new Int8Array(u + 1); // -1 feed, else the GS v 0 m: (scaleX - 1) + 2 * (scaleY - 1)
  const xAt = new Int32Array(u + 1);
  const bytesAt = new Int32Array(u + 1);
  const header = options.rasterHeaderBytes;
  const margin = options.marginBytes;
  const headDots = options.headBytes * 8;
  const pairsAllowed = options.doubleWidth ? PAIRS_EVEN | PAIRS_ODD : 0;
  const pick: Pick = { cost: 0, from: 0, xDots: 0, dataBytes: 0, mode: 0 };
  for (let k = 1; k <= u; k++) {
    pick.cost = Infinity;
    // A feed over the blank runs [j, k).
    let blankRows = 0;
    for (let j = k - 1; j >= 0 && runs.inkEnd[j] === 0; j--) {
      blankRows += runs.height[j]!;
      consider(pick, best[j]! + options.feedBytes * Math.ceil(blankRows / options.maxFeedDots), j, 0, 0, -1);
    }
    // A raster band over runs [j, k): as wide as its ink, scaled where every run allows it.
    let rows = 0;
    let lo = bmp.stride;
    let hi = 0;
    let even = options.doubleHeight;
    let pairs = pairsAllowed;
    for (let j = k - 1; j >= Math.max(0, k - MAX_BAND_RUNS); j--) {
      rows += runs.height[j]!;
      if (rows > options.maxBandRows) break;
      lo = Math.min(lo, runs.inkStart[j]!);
      hi = Math.max(hi, runs.inkEnd[j]!);
      even &&= runs.height[j]! % 2 === 0;
      pairs &= runs.pairs[j]!;
      if (hi === 0) continue;
      const base = best[j]! + header;
      const half = even ? rows / 2 : rows;
      const yMode = even ? 2 : 0;
      // Unscaled, from the first ink byte, or from dot 0 when a few blank bytes cost less than GS L.
      consider(pick, base + (lo > 0 ? margin : 0) + (hi - lo) * half, j, lo * 8, hi - lo, yMode);
      if (lo > 0) consider(pick, base + hi * half, j, 0, hi, yMode);
      if (pairs === 0) continue;
      // Double width: data dot d prints as dots x + 2d, x + 2d + 1, so x has the pairs' parity.
      for (let t = 0; t < 3; t++) { // from the first ink byte, a byte earlier, a dot earlier
        const x = lo * 8 - (t === 0 ? 0 : t === 1 ? 8 : 1);
        if (x < 0 || !(pairs & (x % 2 === 0 ? PAIRS_EVEN : PAIRS_ODD))) continue;
        const dataBytes = Math.ceil((hi * 8 - x) / 16);
        if (x + dataBytes * 16 > headDots) continue;
        consider(pick, base + (x > 0 ? margin : 0) + dataBytes * half, j, x, dataBytes, 1 + yMode);
      }
    }
    best[k] = pick.cost;
    from[k] = pick.from;
    mode[k] = pick.mode;
    xAt[k] = pick.xDots;
    bytesAt[k] = pick.dataBytes;
  }
  const steps: EscposStep[] = [];
  for (let k = u; k > 0; k = from[k]!) {
    const j = from[k]!;
    const y = runs.y[j]!;
    const height = runs.y[k - 1]! + runs.height[k - 1]! - y;
    const m = mode[k]!;
    steps.push(m < 0 ? { kind: 'feed', y, height } : { kind: 'raster', y, height, xDots: xAt[k]!, dataBytes: bytesAt[k]!, scaleX: m & 1 ? 2 : 1, scaleY: m & 2 ? 2 : 1 });
  }
  return steps.reverse();
}
