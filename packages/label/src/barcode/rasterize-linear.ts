import { blit, createBitmap, fillRect, fillSpan, repeatRowBytes, type Bitmap1 } from '../bitmap/bitmap1';
import { renderTextBlock } from '../text/text-block';
import { wideDots, type HrtStyle, type RasterizeOptions } from './raster-options';
import type { LinearSymbol } from './symbol';

/** Left x (dots) of every run, plus the end, for a linear symbol drawn from x = `start`. */
export function layoutRuns(symbol: LinearSymbol, moduleDots: number, ratio: number, start: number): Int32Array {
  const wide = wideDots(moduleDots, ratio);
  const xs = new Int32Array(symbol.modules.length + 1);
  let x = start;
  for (let i = 0; i < symbol.modules.length; i++) {
    xs[i] = x;
    x += runDots(symbol, symbol.modules[i]!, moduleDots, wide);
  }
  xs[symbol.modules.length] = x;
  return xs;
}

/** Width in dots of all the runs (what layoutRuns ends at from 0), without laying them out: for fit checks. */
export function measureRuns(symbol: LinearSymbol, moduleDots: number, ratio: number): number {
  const wide = wideDots(moduleDots, ratio);
  let width = 0;
  for (let i = 0; i < symbol.modules.length; i++) width += runDots(symbol, symbol.modules[i]!, moduleDots, wide);
  return width;
}

/** One run's width: modules x moduleDots, or for two-width symbologies narrow or `wide`. */
function runDots(symbol: LinearSymbol, modules: number, moduleDots: number, wide: number): number {
  return symbol.twoWidth ? (modules === 1 ? moduleDots : wide) : modules * moduleDots;
}

/** Text box height for a font size: the em plus room for descenders. */
export function hrtHeightDots(sizeDots: number): number {
  return Math.ceil(sizeDots * 1.2);
}

/** Gap between a symbol and its text. */
export function hrtGapDots(moduleDots: number): number {
  return Math.max(2, moduleDots);
}

/** Width and height in dots of the linear symbol drawn with these options (quiet zones, bearers and text included). */
export function measureLinear(symbol: LinearSymbol, options: RasterizeOptions): { width: number; height: number } {
  const m = options.moduleDots;
  const barHeight = options.barHeightDots ?? 50 * m;
  const bearer = (symbol.bearerModules ?? 0) * m;
  const width = bearer + symbol.quietLeft * m + measureRuns(symbol, m, options.ratio ?? 2.5) + symbol.quietRight * m + bearer;
  const hrt = options.hrt && symbol.hrt ? options.hrt : undefined;
  return { width, height: hrt ? bearer * 2 + barHeight + hrtGapDots(m) + hrtHeightDots(hrt.sizeDots) : barHeight + bearer * 2 };
}

/**
 * Draws a linear symbol: quiet zones inside the bitmap, bars at whole-dot widths, optional ITF-14
 * bearer frame, and the text below (EAN/UPC digit groups between long guard bars, else centred).
 */
export function rasterizeLinear(symbol: LinearSymbol, options: RasterizeOptions): Bitmap1 {
  const size = measureLinear(symbol, options);
  const bmp = createBitmap(size.width, size.height);
  drawLinear(bmp, 0, symbol, options);
  return bmp;
}

/**
 * Draws the symbol with its top-left corner (quiet zone included) at (x0, 0) of `bmp`, whose bytes
 * there must be blank: one dot row of bars is drawn and its bytes are copied down the rows.
 */
export function drawLinear(bmp: Bitmap1, x0: number, symbol: LinearSymbol, options: RasterizeOptions): void {
  const m = options.moduleDots;
  const ratio = options.ratio ?? 2.5;
  const barHeight = options.barHeightDots ?? 50 * m;
  const bearer = (symbol.bearerModules ?? 0) * m;
  const xs = layoutRuns(symbol, m, ratio, x0 + bearer + symbol.quietLeft * m);
  const width = xs[symbol.modules.length]! - x0 + symbol.quietRight * m + bearer;
  const hrt = options.hrt && symbol.hrt ? options.hrt : undefined;
  const textH = hrt ? hrtHeightDots(hrt.sizeDots) : 0;
  const textTop = bearer * 2 + barHeight + (hrt ? hrtGapDots(m) : 0);
  const guards = new Set(hrt && symbol.hrtLayout !== 'plain' ? symbol.guardBars ?? [] : []);
  // Every bar (and the bearer's sides) covers the same dot rows: draw one row, then copy it down.
  const fromByte = Math.max(0, x0 >> 3);
  const toByte = Math.min(bmp.stride, (x0 + width + 7) >> 3);
  if (barHeight > 0) {
    for (let i = 0; i < symbol.modules.length; i += 2) fillSpan(bmp, bearer, xs[i]!, xs[i + 1]!);
    if (bearer) {
      fillSpan(bmp, bearer, x0, x0 + bearer);
      fillSpan(bmp, bearer, x0 + width - bearer, x0 + width);
    }
    repeatRowBytes(bmp, bearer, bearer + barHeight, fromByte, toByte);
  }
  // Guard bars reach on down to the middle of the text (always below the other bars: the gap is >= 2).
  const guardBottom = textTop + Math.floor(textH / 2);
  for (let i = 0; i < symbol.modules.length && guards.size > 0; i += 2) {
    if (guards.has(i)) fillRect(bmp, xs[i]!, bearer + barHeight, xs[i + 1]! - xs[i]!, guardBottom - bearer - barHeight);
  }
  if (bearer) {
    fillRect(bmp, x0, 0, width, bearer);
    fillRect(bmp, x0, bearer + barHeight, width, bearer);
  }
  if (hrt) drawLinearText(bmp, symbol, xs, { x0, width }, hrt, textTop, textH, m);
}


/** A text group: which characters and the dot interval [x0, x1) they are centred in. */
interface TextGroup {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
}

/** Digit groups of EAN/UPC text: outside digits in the quiet zones, inner ones between guard clusters. */
function planGroups(symbol: LinearSymbol, xs: Int32Array, span: { x0: number; width: number }, m: number): TextGroup[] | undefined {
  const outside = { ean13: [1, 0], ean8: [0, 0], upca: [1, 1], upce: [1, 1], plain: [0, 0] }[symbol.hrtLayout];
  const guards = [...(symbol.guardBars ?? [])].sort((a, b) => a - b);
  const gaps: Array<[number, number]> = [];
  for (let k = 1; k < guards.length; k++) {
    if (guards[k]! - guards[k - 1]! > 2) gaps.push([xs[guards[k - 1]! + 1]!, xs[guards[k]!]!]);
  }
  const inner = symbol.hrt.length - outside[0]! - outside[1]!;
  if (gaps.length === 0 || inner % gaps.length !== 0) return undefined;
  const per = inner / gaps.length;
  const groups: TextGroup[] = [];
  let at = 0;
  if (outside[0]) groups.push({ text: symbol.hrt.slice(0, 1), x0: span.x0, x1: xs[0]! - m });
  at += outside[0]!;
  for (const [x0, x1] of gaps) {
    groups.push({ text: symbol.hrt.slice(at, at + per), x0, x1 });
    at += per;
  }
  if (outside[1]) groups.push({ text: symbol.hrt.slice(at), x0: xs[symbol.modules.length]! + m, x1: span.x0 + span.width });
  return groups;
}

/** The text under the symbol, whose dots span [span.x0, span.x0 + span.width) of the bitmap. */
function drawLinearText(bmp: Bitmap1, symbol: LinearSymbol, xs: Int32Array, span: { x0: number; width: number }, hrt: HrtStyle, top: number, height: number, m: number): void {
  const groups = (symbol.hrtLayout !== 'plain' && planGroups(symbol, xs, span, m)) || [{ text: symbol.hrt, x0: span.x0, x1: span.x0 + span.width }];
  for (const g of groups) {
    if (g.x1 - g.x0 <= 0) continue;
    const block = renderTextBlock(hrt.fonts, {
      text: g.text, family: hrt.family, sizeDots: hrt.sizeDots, align: 'center', valign: 'top', wrap: false, shrinkToFit: true,
      widthDots: g.x1 - g.x0, heightDots: height,
    });
    blit(bmp, block.bitmap, g.x0, top);
  }
}
