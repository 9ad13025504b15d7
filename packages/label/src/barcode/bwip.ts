import bwipjs from 'bwip-js/generic';
import { matrixQuietFor, type SymbologyInfo } from './symbologies';
import { MAXICODE_COLUMNS, MAXICODE_ROWS, type BarcodeSymbol, type LinearSymbol } from './symbol';

/** Every bcid bwip-js offers (`bwip-js/generic`: pure JS, no Node or DOM APIs). */
export const BWIP_IDS: ReadonlySet<string> = new Set(bwipjs.symbolList.map((s) => s.bcid));

/** Why bwip-js output could not become a dot-grid symbol; the caller turns it into an issue. */
export class UnsupportedSymbolError extends Error {}

type RawLinear = { bbs: number[]; bhs: number[]; sbs: number[] };
type RawMatrix = { pixs: number[]; pixx?: number; pixy?: number };

/**
 * Encodes with bwip-js `raw()` (scale 1, no drawing) and converts the result to modules without
 * resampling. Throws bwip-js's Error for bad data, UnsupportedSymbolError for symbols that are not
 * on a module grid (postal 4-state, colour Ultracode, add-ons).
 */
export function encodeWithBwip(info: SymbologyInfo, text: string, options: Readonly<Record<string, string | number | boolean>>, hrt: string): BarcodeSymbol {
  const wantGuards = info.hrtLayout !== 'plain';
  const raw = bwipjs.raw(info.bcid, text, wantGuards ? { ...options, includetext: true } : options) as Array<RawLinear | RawMatrix>;
  if (raw.length !== 1) throw new UnsupportedSymbolError(`${info.label} with add-on symbols is not supported`);
  const first = raw[0]!;
  if ('sbs' in first) return convertLinear(info, first, hrt);
  if (first.pixx === undefined || first.pixy === undefined) return convertMaxicode(first.pixs);
  const { pixx, pixy, pixs } = first;
  // Stacked symbols (PDF417, DataBar Stacked) give each row once; pixy counts module rows.
  const rows = pixs.length / pixx;
  const rowMult = pixy / rows;
  if (!Number.isInteger(rows) || !Number.isInteger(rowMult)) throw new UnsupportedSymbolError(`${info.label} rows are not a whole number of modules high`);
  const bits = new Uint8Array(pixx * pixy);
  for (let i = 0; i < pixs.length; i++) {
    const v = pixs[i];
    if (v !== 0 && v !== 1) throw new UnsupportedSymbolError(`${info.label} uses colours, which a 1-bit printer cannot print`);
    const row = Math.floor(i / pixx);
    const col = i - row * pixx;
    for (let k = 0; k < rowMult; k++) bits[(row * rowMult + k) * pixx + col] = v;
  }
  return { kind: 'matrix', symbology: info.id, width: pixx, height: pixy, bits, quiet: matrixQuietFor(info.id) };
}

function convertLinear(info: SymbologyInfo, raw: RawLinear, hrt: string): LinearSymbol {
  const { sbs, bhs, bbs } = raw;
  if (!sbs.every((w) => Number.isInteger(w) && w >= 0 && w < 256)) {
    throw new UnsupportedSymbolError(`${info.label} is sized in absolute units, not modules, so it cannot be drawn on a whole-dot grid`);
  }
  // Every bar must share its top; bars that reach lower are guard bars (EAN/UPC, with includetext).
  const top = bhs[0]! + bbs[0]!;
  const deepest = Math.max(...bbs);
  const guardIdx: number[] = [];
  for (let i = 0; i < bhs.length; i++) {
    if (Math.abs(bhs[i]! + bbs[i]! - top) > 1e-6) throw new UnsupportedSymbolError(`${info.label} has height-modulated bars, which Inkless does not draw`);
    if (bbs[i]! < deepest - 1e-6) guardIdx.push(i);
  }
  // Merge zero-width runs (DataBar starts with a 0-width bar) so runs alternate bar/space.
  const runs: number[] = [];
  const barOf: number[] = [];
  let extraLeft = 0;
  for (let i = 0; i < sbs.length; i++) {
    const w = sbs[i]!;
    const isBar = i % 2 === 0;
    if (w === 0) continue;
    const lastIsBar = runs.length % 2 === 1;
    if (runs.length === 0 && !isBar) { extraLeft += w; continue; }
    if (runs.length > 0 && lastIsBar === isBar) runs[runs.length - 1]! += w;
    else runs.push(w);
    if (isBar) barOf[i / 2] = runs.length - 1;
  }
  let extraRight = 0;
  if (runs.length % 2 === 0) extraRight = runs.pop()!;
  const twoWidth = info.twoWidth && new Set(runs.filter((w) => w !== 1)).size <= 1;
  const guardBars = guardIdx.map((b) => barOf[b]!).filter((r) => r !== undefined);
  return {
    kind: 'linear',
    symbology: info.id,
    modules: Uint8Array.from(runs),
    twoWidth,
    quietLeft: info.quiet[0] + extraLeft,
    quietRight: info.quiet[1] + extraRight,
    hrt,
    hrtLayout: guardBars.length ? info.hrtLayout : 'plain',
    ...(guardBars.length ? { guardBars: [...new Set(guardBars)] } : {}),
  };
}

function convertMaxicode(indices: readonly number[]): BarcodeSymbol {
  const hexes = new Uint8Array(MAXICODE_ROWS * MAXICODE_COLUMNS);
  for (const i of indices) if (i >= 0 && i < hexes.length) hexes[i] = 1;
  return { kind: 'maxicode', symbology: 'maxicode', hexes, quiet: 1 };
}
