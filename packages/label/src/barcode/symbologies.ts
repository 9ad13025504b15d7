import type { HrtLayout } from './symbol';

/**
 * What Inkless knows about a symbology beyond its encoder: how it is drawn and how small it may be.
 * Minimum module widths are the scannable floor (ISO/GS1 X-dimension, thermal 75 % allowance for
 * retail); the element picks the largest whole-dot module that fits, never less than this.
 */
export interface SymbologyInfo {
  /** Inkless id, equal to the bwip-js bcid unless `bcid` says otherwise. */
  readonly id: string;
  readonly bcid: string;
  /** Name for messages: `EAN-13`. */
  readonly label: string;
  readonly dimension: 1 | 2;
  /** Quiet zone in modules: [left, right] for linear, all sides for 2D. */
  readonly quiet: readonly [number, number];
  readonly minModuleMm: number;
  /** Two-width symbology (narrow/wide): wide = round(ratio * narrow dots). */
  readonly twoWidth: boolean;
  readonly hrtLayout: HrtLayout;
  readonly gs1: boolean;
}

const LINEAR_MIN_MM = 0.165;
const RETAIL_MIN_MM = 0.25;
const MATRIX_MIN_MM = 0.25;

function linear(id: string, label: string, quiet: [number, number], extra: Partial<SymbologyInfo> = {}): SymbologyInfo {
  return { id, bcid: id, label, dimension: 1, quiet, minModuleMm: LINEAR_MIN_MM, twoWidth: false, hrtLayout: 'plain', gs1: false, ...extra };
}

function matrix(id: string, label: string, quiet: number, extra: Partial<SymbologyInfo> = {}): SymbologyInfo {
  return { id, bcid: id, label, dimension: 2, quiet: [quiet, quiet], minModuleMm: MATRIX_MIN_MM, twoWidth: false, hrtLayout: 'plain', gs1: false, ...extra };
}

/** First-class symbologies: validated by Inkless with clear messages, tested for scanability. */
export const FIRST_CLASS_SYMBOLOGIES: readonly SymbologyInfo[] = [
  linear('code128', 'Code 128', [10, 10]),
  linear('gs1-128', 'GS1-128', [10, 10], { gs1: true, minModuleMm: RETAIL_MIN_MM }),
  linear('code39', 'Code 39', [10, 10], { twoWidth: true }),
  linear('code93', 'Code 93', [10, 10]),
  linear('ean13', 'EAN-13', [11, 7], { minModuleMm: RETAIL_MIN_MM, hrtLayout: 'ean13' }),
  linear('ean8', 'EAN-8', [7, 7], { minModuleMm: RETAIL_MIN_MM, hrtLayout: 'ean8' }),
  linear('upca', 'UPC-A', [9, 9], { minModuleMm: RETAIL_MIN_MM, hrtLayout: 'upca' }),
  linear('upce', 'UPC-E', [9, 7], { minModuleMm: RETAIL_MIN_MM, hrtLayout: 'upce' }),
  linear('itf14', 'ITF-14', [10, 10], { twoWidth: true, minModuleMm: 0.495 }),
  linear('codabar', 'Codabar', [10, 10], { bcid: 'rationalizedCodabar', twoWidth: true }),
  matrix('qrcode', 'QR Code', 4),
  matrix('gs1qrcode', 'GS1 QR Code', 4, { gs1: true }),
  matrix('datamatrix', 'Data Matrix', 2),
  matrix('gs1datamatrix', 'GS1 DataMatrix', 2, { gs1: true }),
  matrix('pdf417', 'PDF417', 2, { minModuleMm: 0.19 }),
  matrix('azteccode', 'Aztec Code', 2),
  matrix('maxicode', 'MaxiCode', 1, { minModuleMm: 0.76 }),
];

const byId = new Map(FIRST_CLASS_SYMBOLOGIES.map((s) => [s.id, s]));

/** bwip-js linear symbologies whose bars and spaces are only narrow or wide. */
const TWO_WIDTH_BCIDS = new Set([
  'code39', 'code39ext', 'code32', 'pzn', 'hibccode39', 'interleaved2of5', 'itf14', 'identcode', 'leitcode', 'code2of5',
  'industrial2of5', 'iata2of5', 'matrix2of5', 'coop2of5', 'datalogic2of5', 'code11', 'rationalizedCodabar', 'msi', 'pharmacode', 'telepen', 'telepennumeric',
]);

/** QR-family symbols need 4 modules of quiet zone; other 2D symbols get 2 (1 is the minimum). */
const QR_FAMILY = new Set(['qrcode', 'gs1qrcode', 'hibcqrcode', 'gs1dlqrcode', 'swissqrcode', 'microqrcode', 'rectangularmicroqrcode']);

/**
 * Info for any id: first-class ones from the table, any other bwip-js bcid with generic defaults
 * (`dimension` is then only a guess until the symbol is encoded). Undefined when bwip-js lacks it.
 */
export function findSymbology(id: string, bwipIds: ReadonlySet<string>): SymbologyInfo | undefined {
  const known = byId.get(id);
  if (known) return known;
  if (!bwipIds.has(id)) return undefined;
  const twoWidth = TWO_WIDTH_BCIDS.has(id);
  const gs1 = id.startsWith('gs1') || id.startsWith('databar') || id === 'ean14' || id === 'sscc18';
  return {
    id, bcid: id, label: id, dimension: 1, quiet: QR_FAMILY.has(id) ? [4, 4] : [10, 10], minModuleMm: LINEAR_MIN_MM, twoWidth, hrtLayout: 'plain', gs1,
  };
}

/** Quiet zone (modules) of a 2D symbol made by bwip-js. */
export function matrixQuietFor(id: string): number {
  return byId.get(id)?.quiet[0] ?? (QR_FAMILY.has(id) ? 4 : 2);
}

/** Smallest whole-dot module that is at least `mm` wide (with a hair of tolerance for dpi rounding). */
export function minModuleDots(info: SymbologyInfo, dpi: number): number {
  return Math.max(1, Math.ceil((info.minModuleMm * dpi) / 25.4 - 0.05));
}
