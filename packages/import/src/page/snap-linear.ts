import { fillRect, type Bitmap1 } from '@inkless/label';
import type { GreyImage } from '../picture/grey';
import type { Box } from './turn-and-scale';

/** Where the turned region landed on the label: label dot = region pixel x scale + offset. */
export interface Landing {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly threshold: number;
}

/** A symbol measured on the source: its runs in whole modules, and where its bars lie. */
export interface MeasuredSymbol {
  /** Bar, space, bar, ... widths in modules, starting and ending with a bar. */
  readonly modules: readonly number[];
  /** Source pixels per module. */
  readonly moduleWidth: number;
  /** Along the scan direction: first bar's start and last bar's end (source pixels). */
  readonly from: number;
  readonly to: number;
  /** Across: the bars' extent (source pixels). */
  readonly across0: number;
  readonly across1: number;
  /** True when bars stand upright (the scan runs along x). */
  readonly upright: boolean;
}

/** Reads one line across the symbol: true where it is dark. */
function readLine(img: GreyImage, upright: boolean, at: number, from: number, to: number, threshold: number): boolean[] {
  const line: boolean[] = [];
  for (let u = from; u < to; u++) {
    const v = upright ? img.data[at * img.width + u]! : img.data[u * img.width + at]!;
    line.push(v < threshold);
  }
  return line;
}

/**
 * Measures a linear symbol on the (high-resolution) source: the runs along its middle line, the
 * module width that makes every run a whole number of modules, and how far up and down the bars go.
 */
export function measureLinear(img: GreyImage, box: Box, threshold: number, format = ''): MeasuredSymbol | undefined {
  const upright = box.width >= box.height;
  const length = upright ? img.width : img.height;
  const depth = upright ? img.height : img.width;
  const pad = Math.round((upright ? box.width : box.height) * 0.03);
  const from = Math.max(0, Math.floor((upright ? box.x : box.y) - pad));
  const to = Math.min(length, Math.ceil((upright ? box.x + box.width : box.y + box.height) + pad));
  const centre = Math.min(depth - 1, Math.max(0, Math.round(upright ? box.y + box.height / 2 : box.x + box.width / 2)));
  const line = readLine(img, upright, centre, from, to, threshold);
  const first = line.indexOf(true);
  const last = line.lastIndexOf(true);
  if (first < 0) return undefined;
  const runs: number[] = [];
  for (let i = first; i <= last; ) {
    let j = i;
    while (j <= last && line[j] === line[i]) j++;
    runs.push(j - i);
    i = j;
  }
  if (runs.length < 5) return undefined;
  // Start from the narrowest run, then settle the module width so the runs add up to whole modules.
  const sorted = [...runs].sort((a, b) => a - b);
  let moduleWidth = sorted[Math.floor(sorted.length * 0.1)]!;
  let modules: number[] = [];
  for (let round = 0; round < 4; round++) {
    modules = runs.map((r) => Math.max(1, Math.round(r / moduleWidth)));
    moduleWidth = (last - first + 1) / modules.reduce((a, b) => a + b, 0);
  }
  // Where the symbology fixes how many modules each character spans, hold every character to it:
  // one run read a pixel long on the source must not shift the rest of the symbol.
  const groups = characterGroups(format, runs.length);
  if (groups) {
    moduleWidth = (last - first + 1) / groups.reduce((sum, g) => sum + g.modules, 0);
    modules = fitGroups(runs, moduleWidth, groups);
  }
  // How far the bars reach: lines that still match the middle line (90 % of pixels) belong to the symbol.
  const matches = (at: number): boolean => {
    const other = readLine(img, upright, at, from + first, from + last + 1, threshold);
    let same = 0;
    for (let i = 0; i < other.length; i++) if (other[i] === line[first + i]) same++;
    return same >= other.length * 0.9;
  };
  let across0 = centre;
  while (across0 > 0 && matches(across0 - 1)) across0--;
  let across1 = centre + 1;
  while (across1 < depth && matches(across1)) across1++;
  return { modules, moduleWidth, from: from + first, to: from + last + 1, across0, across1, upright };
}

/** Runs of one character and the modules they add up to. */
interface CharacterGroup {
  readonly runs: number;
  readonly modules: number;
}

/**
 * The characters of a symbol whose characters all span the same modules, from its run count; or
 * undefined when the symbology does not fix them or the runs do not fit its pattern.
 * Code 128: 6 runs of 11 modules a character, the stop 7 runs of 13.
 * EAN-13 / UPC-A: guard 3 x 1, six digits of 4 runs x 7, centre guard 5 x 1, six digits, guard 3 x 1.
 * EAN-8: the same with four digits a side.
 */
function characterGroups(format: string, runCount: number): CharacterGroup[] | undefined {
  const repeat = (n: number, group: CharacterGroup) => Array.from({ length: n }, () => group);
  if (/^code ?128$/i.test(format) && runCount >= 19 && (runCount - 7) % 6 === 0) {
    return [...repeat((runCount - 7) / 6, { runs: 6, modules: 11 }), { runs: 7, modules: 13 }];
  }
  const ean = (digitsASide: number): CharacterGroup[] => {
    const guard = { runs: 3, modules: 3 };
    return [guard, ...repeat(digitsASide, { runs: 4, modules: 7 }), { runs: 5, modules: 5 }, ...repeat(digitsASide, { runs: 4, modules: 7 }), guard];
  };
  if (/^(ean-?13|upc-?a)$/i.test(format) && runCount === 59) return ean(6);
  if (/^ean-?8$/i.test(format) && runCount === 43) return ean(4);
  return undefined;
}

/**
 * Whole modules for every run, each character adding up to its fixed count: rounded first, then the
 * runs furthest from their rounding are moved by one module until the character's sum is right.
 */
function fitGroups(runs: readonly number[], moduleWidth: number, groups: readonly CharacterGroup[]): number[] {
  const modules: number[] = [];
  let at = 0;
  for (const group of groups) {
    const exact = runs.slice(at, at + group.runs).map((r) => r / moduleWidth);
    const whole = exact.map((e) => Math.max(1, Math.round(e)));
    let sum = whole.reduce((a, b) => a + b, 0);
    while (sum !== group.modules) {
      const grow = sum < group.modules;
      let best = -1;
      for (let i = 0; i < whole.length; i++) {
        if (!grow && whole[i]! <= 1) continue;
        const pull = grow ? exact[i]! - whole[i]! : whole[i]! - exact[i]!;
        if (best < 0 || pull > (grow ? exact[best]! - whole[best]! : whole[best]! - exact[best]!)) best = i;
      }
      if (best < 0) break;
      whole[best]! += grow ? 1 : -1;
      sum += grow ? 1 : -1;
    }
    modules.push(...whole);
    at += group.runs;
  }
  return modules;
}

/**
 * Redraws a linear symbol on the label so every bar and space is a whole number of dots: the
 * whole-dot module nearest the scaled one that still fits the symbol's room (its scaled width plus
 * a little of its quiet zone), centred where the symbol was. Returns the module in dots, or
 * undefined when it cannot fit.
 */
export function snapLinear(label: Bitmap1, symbol: MeasuredSymbol, at: Landing): number | undefined {
  const total = symbol.modules.reduce((a, b) => a + b, 0);
  const scaled = symbol.moduleWidth * at.scale;
  const room = (symbol.to - symbol.from) * at.scale * 1.1 + 2;
  let dots = Math.max(1, Math.round(scaled));
  while (dots > 1 && total * dots > room) dots--;
  if (total * dots > room) return undefined;
  const [offAlong, offAcross] = symbol.upright ? [at.offsetX, at.offsetY] : [at.offsetY, at.offsetX];
  const oldFrom = Math.floor(symbol.from * at.scale + offAlong);
  const oldTo = Math.ceil(symbol.to * at.scale + offAlong);
  const centre = (symbol.from + symbol.to) / 2 * at.scale + offAlong;
  const start = Math.round(centre - (total * dots) / 2);
  const a0 = Math.round(symbol.across0 * at.scale + offAcross);
  const a1 = Math.round(symbol.across1 * at.scale + offAcross);
  const rect = (along: number, length: number, ink: boolean): void => {
    if (symbol.upright) fillRect(label, along, a0, length, a1 - a0, ink);
    else fillRect(label, a0, along, a1 - a0, length, ink);
  };
  const clearFrom = Math.min(oldFrom, start) - 1;
  rect(clearFrom, Math.max(oldTo, start + total * dots) + 1 - clearFrom, false);
  let pos = start;
  symbol.modules.forEach((m, i) => {
    if (i % 2 === 0) rect(pos, m * dots, true);
    pos += m * dots;
  });
  return dots;
}
