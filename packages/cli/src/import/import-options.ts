import { checkLabelFitsProfile, type PrinterProfile } from '@inkless/printers';
import { InklessError } from '@inkless/label';
import { CliError } from '../cli-error';

/** How a page is turned to the stock: `auto` turns a landscape label onto a portrait stock. */
export type ImportRotation = 0 | 90 | 180 | 270;
export type ImportFit = 'fit' | 'fill' | 'actual';

/** A rectangle on the page, in mm from its top-left corner (`--region X,Y,W,H`). */
export interface RegionMm {
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** Pages as the user counts them, from 1: `--pages 1-3,5` is [[1,3],[5,5]]; open ends run to the last page. */
export type PageRanges = readonly (readonly [number, number])[];

/** The stock the labels come out on (`--label 4x6in`), in mm as the printer feeds it. */
export interface LabelStock {
  readonly widthMm: number;
  readonly heightMm: number;
}

/** What the user chose for an imported file; every field has the default a thermal-printer user would pick. */
export interface ImportChoices {
  readonly pages: PageRanges | undefined;
  readonly region: RegionMm | undefined;
  readonly rotate: ImportRotation | 'auto';
  readonly fit: ImportFit;
  readonly stock: LabelStock;
  /** The dpi the ZPL was written for; undefined means the printer's. */
  readonly zplDpi: number | undefined;
  /** Print even when a barcode check fails (saying so). */
  readonly force: boolean;
}

/** The options of `print`, `render` and `import` that only imported files take (node:util parseArgs shape). */
export const IMPORT_OPTION_SPECS = {
  pages: { type: 'string' }, region: { type: 'string' }, rotate: { type: 'string' }, fit: { type: 'string' },
  label: { type: 'string' }, 'zpl-dpi': { type: 'string' }, force: { type: 'boolean', default: false },
} as const;

export const IMPORT_USAGE = '[--pages 1-3,5] [--region X,Y,W,H (mm)] [--rotate auto|0|90|180|270] [--fit fit|fill|actual] [--label 4x6in|100x150mm] [--zpl-dpi 152|203|300|600] [--force]';

/** 4 x 6 in: the shipping label almost every carrier hands out. */
export const DEFAULT_STOCK: LabelStock = { widthMm: 101.6, heightMm: 152.4 };
const MM_PER_INCH = 25.4;
const ZPL_DPIS = [152, 203, 300, 600];

interface ImportValues {
  pages?: string | undefined;
  region?: string | undefined;
  rotate?: string | undefined;
  fit?: string | undefined;
  label?: string | undefined;
  'zpl-dpi'?: string | undefined;
  force?: boolean | undefined;
}

/** Reads the import options; wrong ones are INKLESS_CLI_USAGE errors (exit 2) that say what is accepted. */
export function parseImportChoices(values: ImportValues): ImportChoices {
  return {
    pages: values.pages === undefined ? undefined : parsePageRanges(values.pages),
    region: values.region === undefined ? undefined : parseRegion(values.region),
    rotate: parseRotate(values.rotate),
    fit: parseFit(values.fit),
    stock: values.label === undefined ? DEFAULT_STOCK : parseStock(values.label),
    zplDpi: parseZplDpi(values['zpl-dpi']),
    force: values.force === true,
  };
}

/** True when the user set an option that only imported files take (a label document refuses them). */
export function hasImportChoices(values: ImportValues): boolean {
  return (['pages', 'region', 'rotate', 'fit', 'label', 'zpl-dpi'] as const).some((k) => values[k] !== undefined) || values.force === true;
}

/** `1-3,5`, `2-` (to the end): 1-based page ranges, in the order given. */
export function parsePageRanges(text: string): PageRanges {
  const ranges: [number, number][] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:(-)\s*(\d*)\s*)?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m ? (m[2] ? (m[3] ? Number(m[3]) : Number.MAX_SAFE_INTEGER) : from) : NaN;
    if (!m || from < 1 || to < from || !Number.isSafeInteger(from)) {
      throw new CliError('INKLESS_CLI_USAGE', `--pages takes page numbers from 1 and ranges, e.g. --pages 1-3,5; "${part.trim()}" is not one`, 2);
    }
    ranges.push([from, to]);
  }
  return ranges;
}

/** The pages of a `pageCount`-page file that `ranges` selects, in order; a page past the end is an error. */
export function* selectPages(ranges: PageRanges | undefined, pageCount: number): Generator<number> {
  if (ranges === undefined) {
    for (let p = 1; p <= pageCount; p++) yield p;
    return;
  }
  for (const [from, to] of ranges) {
    if (from > pageCount || (to !== Number.MAX_SAFE_INTEGER && to > pageCount)) {
      throw new CliError('INKLESS_CLI_USAGE', `--pages asks for page ${to === Number.MAX_SAFE_INTEGER || from > pageCount ? from : to} but the file has ${pageCount} page(s)`, 2);
    }
    for (let p = from; p <= Math.min(to, pageCount); p++) yield p;
  }
}

function parseRegion(text: string): RegionMm {
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || parts[0]! < 0 || parts[1]! < 0 || parts[2]! <= 0 || parts[3]! <= 0) {
    throw new CliError('INKLESS_CLI_USAGE', `--region takes X,Y,WIDTH,HEIGHT in mm from the page's top-left corner, e.g. --region 0,0,101.6,152.4; got "${text}"`, 2);
  }
  return { xMm: parts[0]!, yMm: parts[1]!, widthMm: parts[2]!, heightMm: parts[3]! };
}

function parseRotate(text: string | undefined): ImportRotation | 'auto' {
  if (text === undefined || text === 'auto') return 'auto';
  const n = Number(text);
  if (n === 0 || n === 90 || n === 180 || n === 270) return n;
  throw new CliError('INKLESS_CLI_USAGE', `--rotate must be auto, 0, 90, 180 or 270, got "${text}"`, 2);
}

function parseFit(text: string | undefined): ImportFit {
  if (text === undefined) return 'fit';
  if (text === 'fit' || text === 'fill' || text === 'actual') return text;
  throw new CliError('INKLESS_CLI_USAGE', `--fit must be fit (whole label inside, aspect kept), fill (cover the stock) or actual (same size), got "${text}"`, 2);
}

/** `4x6in`, `100x150mm`, `4x6` (inches, as thermal labels are sold). */
export function parseStock(text: string): LabelStock {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(in|mm)?\s*$/i.exec(text);
  const unit = m?.[3]?.toLowerCase() === 'mm' ? 1 : MM_PER_INCH;
  const widthMm = m ? Number(m[1]) * unit : NaN;
  const heightMm = m ? Number(m[2]) * unit : NaN;
  if (!m || !(widthMm >= 5) || !(heightMm >= 5) || widthMm > 1000 || heightMm > 2000) {
    throw new CliError('INKLESS_CLI_USAGE', `--label takes the label stock as WIDTHxHEIGHT with in or mm, e.g. --label 4x6in or --label 100x150mm; got "${text}"`, 2);
  }
  return { widthMm: Math.round(widthMm * 100) / 100, heightMm: Math.round(heightMm * 100) / 100 };
}

function parseZplDpi(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!ZPL_DPIS.includes(n)) throw new CliError('INKLESS_CLI_USAGE', `--zpl-dpi must be ${ZPL_DPIS.join(', ')} (the printer the ZPL was written for), got "${text}"`, 2);
  return n;
}

/** The stock in the printer's dots. */
export function stockDots(stock: LabelStock, dpi: number): { widthDots: number; heightDots: number; dpi: number } {
  return { widthDots: Math.round((stock.widthMm * dpi) / MM_PER_INCH), heightDots: Math.round((stock.heightMm * dpi) / MM_PER_INCH), dpi };
}

/** Refuses a stock the printer cannot take (wider than its head, longer than it feeds) before anything is read. */
export function checkStockFitsProfile(stock: LabelStock, profile: PrinterProfile): void {
  const issues = checkLabelFitsProfile({ widthMm: stock.widthMm, heightMm: stock.heightMm, dpi: profile.dpi as 203 | 300 | 600, orientation: 0 }, profile)
    .map((i) => ({ ...i, path: '--label', message: `${stock.widthMm} x ${stock.heightMm} mm stock: ${i.message.replace(/; use narrower labels.*$/, '')}; give the stock the printer has, e.g. --label ${Math.floor((profile.headWidthDots * MM_PER_INCH) / profile.dpi)}x150mm` }));
  if (issues.length > 0) throw InklessError.fromIssues(issues);
}
