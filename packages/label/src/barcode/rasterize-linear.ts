import { blit, createBitmap, fillRect, type Bitmap1 } from '../bitmap/bitmap1';
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
    const m = symbol.modules[i]!;
    x += symbol.twoWidth ? (m === 1 ? moduleDots : wide) : m * moduleDots;
  }
  xs[symbol.modules.length] = x;
  return xs;
}

/** Text box height for a font size: the em plus room for descenders. */
export function hrtHeightDots(sizeDots: number): number {
  return Math.ceil(sizeDots * 1.2);
}

/** Gap between a symbol and its text. */
export function hrtGapDots(moduleDots: number): number {
  return Math.max(2, moduleDots);
}

/**
 * Draws a linear symbol: quiet zones inside the bitmap, bars at whole-dot widths, optional ITF-14
 * bearer frame, and the text below (EAN/UPC digit groups between long guard bars, else centred).
 */
export function rasterizeLinear(symbol: LinearSymbol, options: RasterizeOptions): Bitmap1 {
  const m = options.moduleDots;
  const ratio = options.ratio ?? 2.5;
  const barHeight = options.barHeightDots ?? 50 * m;
  const bearer = (symbol.bearerModules ?? 0) * m;
  const xs = layoutRuns(symbol, m, ratio, bearer + symbol.quietLeft * m);
  const width = xs[symbol.modules.length]! + symbol.quietRight * m + bearer;
  const hrt = options.hrt && symbol.hrt ? options.hrt : undefined;
  const textH = hrt ? hrtHeightDots(hrt.sizeDots) : 0;
  const textTop = bearer * 2 + barHeight + (hrt ? hrtGapDots(m) : 0);
  const bmp = createBitmap(width, hrt ? textTop + textH : barHeight + bearer * 2);
  const guards = new Set(hrt && symbol.hrtLayout !== 'plain' ? symbol.guardBars ?? [] : []);
  for (let i = 0; i < symbol.modules.length; i += 2) {
    const h = guards.has(i) ? textTop - bearer + Math.floor(textH / 2) : barHeight;
    fillRect(bmp, xs[i]!, bearer, xs[i + 1]! - xs[i]!, h);
  }
  if (bearer) {
    fillRect(bmp, 0, 0, width, bearer);
    fillRect(bmp, 0, bearer + barHeight, width, bearer);
    fillRect(bmp, 0, 0, bearer, barHeight + 2 * bearer);
    fillRect(bmp, width - bearer, 0, bearer, barHeight + 2 * bearer);
  }
  if (hrt) drawLinearText(bmp, symbol, xs, hrt, textTop, textH, m);
  return bmp;
}

/** A text group: which characters and the dot interval [x0, x1) they are centred in. */
interface TextGroup {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
}

/** Digit groups of EAN/UPC text: outside digits in the quiet zones, inner ones between guard clusters. */
function planGroups(symbol: LinearSymbol, xs: Int32Array, width: number, m: number): TextGroup[] | undefined {
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
  if (outside[0]) groups.push({ text: symbol.hrt.slice(0, 1), x0: 0, x1: xs[0]! - m });
  at += outside[0]!;
  for (const [x0, x1] of gaps) {
    groups.push({ text: symbol.hrt.slice(at, at + per), x0, x1 });
    at += per;
  }
  if (outside[1]) groups.push({ text: symbol.hrt.slice(at), x0: xs[symbol.modules.length]! + m, x1: width });
  return groups;
}

function drawLinearText(bmp: Bitmap1, symbol: LinearSymbol, xs: Int32Array, hrt: HrtStyle, top: number, height: number, m: number): void {
  const groups = (symbol.hrtLayout !== 'plain' && planGroups(symbol, xs, bmp.width, m)) || [{ text: symbol.hrt, x0: 0, x1: bmp.width }];
  for (const g of groups) {
    if (g.x1 - g.x0 <= 0) continue;
    const block = renderTextBlock(hrt.fonts, {
      text: g.text, family: hrt.family, sizeDots: hrt.sizeDots, align: 'center', valign: 'top', wrap: false, shrinkToFit: true,
      widthDots: g.x1 - g.x0, heightDots: height,
    });
    blit(bmp, block.bitmap, g.x0, top);
  }
}
