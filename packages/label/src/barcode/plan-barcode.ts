import { fail, joinPath, ok, type Issue, type Result } from '../errors/issue';
import { dotsToMm, mmToDots } from '../units';
import { BWIP_IDS } from './bwip';
import { encodeBarcode, type BarcodeRequest, type EncodeOptions } from './encode-barcode';
import { hrtGapDots, hrtHeightDots, measureRuns } from './rasterize-linear';
import { maxicodeGeometry } from './rasterize-maxicode';
import { findSymbology, minModuleDots } from './symbologies';
import type { BarcodeSymbol } from './symbol';

/** What the element asks for, in the units of the document. */
export interface BarcodePlanInput extends BarcodeRequest {
  readonly moduleDots?: number;
  readonly barHeightMm?: number;
  readonly showText?: boolean;
  readonly textSizePt: number;
}

/** A symbol and the whole-dot sizes that draw it inside the box. */
export interface BarcodePlan {
  readonly symbol: BarcodeSymbol;
  readonly moduleDots: number;
  readonly barHeightDots: number;
  readonly showText: boolean;
  readonly textSizeDots: number;
  readonly ratio: number;
  readonly widthDots: number;
  readonly heightDots: number;
}

const MAX_MODULE_DOTS = 20;
/** Nominal MaxiCode hexagon width (ISO/IEC 16023): the symbol has a fixed size. */
const MAXICODE_MODULE_MM = 0.88;

/** Width and height in dots of the symbol drawn at `m` dots per module (text not included). */
export function measureSymbol(symbol: BarcodeSymbol, m: number, ratio: number): { width: number; height: number } {
  if (symbol.kind === 'linear') {
    const bearer = (symbol.bearerModules ?? 0) * m;
    return { width: measureRuns(symbol, m, ratio) + (symbol.quietLeft + symbol.quietRight) * m + 2 * bearer, height: 2 * bearer };
  }
  if (symbol.kind === 'matrix') return { width: (symbol.width + 2 * symbol.quiet) * m, height: (symbol.height + 2 * symbol.quiet) * m };
  const g = maxicodeGeometry(m, symbol.quiet);
  return { width: g.width, height: g.height };
}

/**
 * Encodes and fits a barcode in a box: the largest whole-dot module that fits (or the one asked
 * for), never below the symbology's scannable minimum. A symbol that cannot fit is an
 * INKLESS_BARCODE_TOO_BIG issue that says how wide the box must be; nothing is squeezed.
 */
export function planBarcode(input: BarcodePlanInput, box: { widthDots: number; heightDots: number }, dpi: number, path: string, encodeOptions: EncodeOptions = {}): Result<BarcodePlan> {
  const encoded = encodeBarcode(input, path, encodeOptions);
  if (!encoded.ok) return encoded;
  const symbol = encoded.value;
  const info = findSymbology(input.symbology, BWIP_IDS)!;
  const minMm = symbol.kind === 'linear' ? info.minModuleMm : Math.max(info.minModuleMm, 0.25);
  const minDots = symbol.kind === 'maxicode' ? mmToDots(MAXICODE_MODULE_MM, dpi) : minModuleDots({ ...info, minModuleMm: minMm }, dpi);
  const ratio = typeof input.options?.ratio === 'number' ? input.options.ratio : 2.5;
  const showText = (input.showText ?? symbol.kind === 'linear') && (symbol.kind === 'linear' ? symbol.hrt.length > 0 : input.data.length > 0);
  const textSizeDots = Math.max(4, Math.round((input.textSizePt * dpi) / 72));
  const fixedBar = input.barHeightMm !== undefined ? mmToDots(input.barHeightMm, dpi) : undefined;
  const fit: FitQuestion = { symbol, ratio, showText, textSizeDots, fixedBar, box };
  let m = input.moduleDots;
  if (m !== undefined && m < minDots) {
    return planIssue(path, 'INKLESS_BARCODE_OPTION', `moduleDots ${m} (${dotsToMm(m, dpi).toFixed(3)} mm) is below the scannable minimum for ${info.label} at ${dpi} dpi: use ${minDots} or more`, 'moduleDots');
  }
  if (m === undefined) {
    if (symbol.kind === 'maxicode') m = minDots;
    else for (let k = Math.min(MAX_MODULE_DOTS, box.widthDots); k >= minDots; k--) if (fitsAt(fit, k)) { m = k; break; }
  }
  const tryM = m ?? minDots;
  if (!fitsAt(fit, tryM)) {
    const size = measureSymbol(symbol, tryM, ratio);
    const needH = size.height + textHeightAt(fit, tryM) + (symbol.kind === 'linear' ? fixedBar ?? 5 * tryM : 0);
    const wMm = dotsToMm(size.width, dpi).toFixed(1);
    const hMm = dotsToMm(needH, dpi).toFixed(1);
    const moduleMm = dotsToMm(tryM, dpi).toFixed(3);
    return planIssue(path, 'INKLESS_BARCODE_TOO_BIG', `${info.label} needs a box of at least ${wMm} x ${hMm} mm at a ${tryM}-dot (${moduleMm} mm) module; the box is ${dotsToMm(box.widthDots, dpi).toFixed(1)} x ${dotsToMm(box.heightDots, dpi).toFixed(1)} mm. Make the box bigger or shorten the data`);
  }
  const size = measureSymbol(symbol, tryM, ratio);
  const barHeightDots = symbol.kind === 'linear' ? fixedBar ?? box.heightDots - size.height - textHeightAt(fit, tryM) : 0;
  return ok({ symbol, moduleDots: tryM, barHeightDots, showText, textSizeDots, ratio, widthDots: size.width, heightDots: size.height + barHeightDots + textHeightAt(fit, tryM) });
}

/** What planBarcode asks of each module size: does the symbol, with its text, fit the box? */
interface FitQuestion {
  readonly symbol: BarcodeSymbol;
  readonly ratio: number;
  readonly showText: boolean;
  readonly textSizeDots: number;
  /** The bar height asked for (linear symbols); else the bars take what the box leaves, at least 5 modules. */
  readonly fixedBar: number | undefined;
  readonly box: { widthDots: number; heightDots: number };
}

/** Dots the human-readable text and its gap take under the symbol at module size m (0 without text). */
function textHeightAt(fit: FitQuestion, m: number): number {
  return fit.showText ? hrtHeightDots(fit.textSizeDots) + hrtGapDots(m) : 0;
}

function fitsAt(fit: FitQuestion, m: number): boolean {
  const size = measureSymbol(fit.symbol, m, fit.ratio);
  if (size.width > fit.box.widthDots) return false;
  if (fit.symbol.kind !== 'linear') return size.height + textHeightAt(fit, m) <= fit.box.heightDots;
  return size.height + textHeightAt(fit, m) + (fit.fixedBar ?? 5 * m) <= fit.box.heightDots;
}

function planIssue(path: string, code: string, message: string, field = ''): Result<BarcodePlan> {
  return fail([{ code, path: field ? joinPath(path, field) : path, message }]);
}

/**
 * The issues of planBarcode only, the same ones, found without building a QR Code's matrix (its
 * size follows from its capacity): the batch preflight checks every row this way.
 */
export function checkBarcodePlan(input: BarcodePlanInput, box: { widthDots: number; heightDots: number }, dpi: number, path: string): Issue[] {
  const r = planBarcode(input, box, dpi, path, { shapeOnly: true });
  return r.ok ? [] : [...r.issues];
}
