import { InklessError } from '../errors/inkless-error';
import { MM_PER_INCH } from '../units';
import type { LabelStock, SheetLayout, SheetPage } from './label-stock-types';
import { checkSheetLayout } from './sheet-layout';
import { writeGeneratedModuleWhenRun } from '../util/write-generated-module';
import {
  continuousRolls, DEFAULT_GAP_MM, dieCutRolls, MARK_HEIGHT_MM, markRolls, sheets, SHIPPING_GAP_MM,
  type RollRow, type SheetRow,
} from './stock-source';

/**
 * Generator of label-stock.generated.ts: expands the compact rows of stock-source.ts into full
 * LabelStock entries (ids, names, mm sizes, search tags), checks them, and prints them as a module.
 * Run: npx tsx packages/label/src/stock/generate-label-stock.ts
 */

export const PAGE_SIZES_MM: Readonly<Record<SheetPage, readonly [number, number]>> = { A4: [210, 297], Letter: [215.9, 279.4] };

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Rounds to micrometres so inch conversions print as short, stable numbers. */
function roundMm(mm: number): number {
  return Math.round(mm * 1000) / 1000;
}

function toMm(value: number, unit: 'mm' | 'in'): number {
  return roundMm(unit === 'in' ? value * MM_PER_INCH : value);
}

/** `2.25` -> `2-25`: dots are not allowed in kebab-case ids. */
function idNumber(value: number): string {
  return String(value).replace('.', '-');
}

function expandRoll([w, h, unit, tags]: RollRow, media: 'gap' | 'mark'): LabelStock {
  const widthMm = toMm(w, unit);
  const heightMm = toMm(h, unit);
  const shipping = unit === 'in' ? w >= 4 : widthMm >= 100;
  const mmText = `${widthMm} x ${heightMm} mm`;
  const name = unit === 'in' ? `${w} x ${h} in ${media === 'gap' ? 'die-cut' : 'black-mark'} label (${mmText})` : `${mmText} ${media === 'gap' ? 'die-cut' : 'black-mark'} label`;
  return {
    id: `${media === 'gap' ? 'roll' : 'mark'}-${idNumber(w)}x${idNumber(h)}${unit}`,
    name,
    widthMm,
    heightMm,
    media,
    ...(media === 'mark' ? { markMm: MARK_HEIGHT_MM } : { gapMm: shipping ? SHIPPING_GAP_MM : DEFAULT_GAP_MM }),
    tags: ['thermal', 'roll', media === 'gap' ? 'die-cut' : 'black-mark', `${w}x${h}${unit}`, ...tags],
  };
}

function expandSheet(row: SheetRow): LabelStock {
  const [pageWidthMm, pageHeightMm] = PAGE_SIZES_MM[row.page];
  const mm = (v: number): number => toMm(v, row.unit);
  const sheet: SheetLayout = {
    page: row.page, pageWidthMm, pageHeightMm, columns: row.columns, rows: row.rows,
    labelWidthMm: mm(row.labelWidth), labelHeightMm: mm(row.labelHeight),
    marginLeftMm: mm(row.left), marginTopMm: mm(row.top), pitchXMm: mm(row.pitchX), pitchYMm: mm(row.pitchY),
  };
  const count = row.columns * row.rows;
  const size = row.unit === 'in' ? `${roundMm(row.labelWidth)} x ${roundMm(row.labelHeight)} in` : `${row.labelWidth} x ${row.labelHeight} mm`;
  return {
    id: `${row.brand.toLowerCase()}-${row.code.toLowerCase()}`,
    name: `${row.brand} ${row.code} (${row.page}, ${count} per sheet, ${size})`,
    widthMm: sheet.labelWidthMm,
    heightMm: sheet.labelHeightMm,
    media: 'sheet',
    ...(row.cornerRadius === undefined ? {} : { cornerRadiusMm: mm(row.cornerRadius) }),
    sheet,
    tags: ['sheet', row.page.toLowerCase(), `${count}-up`, row.use, ...(row.equivalents ?? []).map((e) => e.toLowerCase())],
  };
}

/** Expands and checks the whole source; throws INKLESS_STOCK_INVALID naming the bad entry. */
export function expandStockSource(): LabelStock[] {
  const stocks: LabelStock[] = [
    ...dieCutRolls.map((row) => expandRoll(row, 'gap')),
    ...markRolls.map((row) => expandRoll(row, 'mark')),
    ...continuousRolls.map(([widthMm, tags]): LabelStock => ({
      id: `continuous-${widthMm}mm`,
      name: `${widthMm} mm continuous roll`,
      widthMm,
      heightMm: null,
      media: 'continuous',
      tags: ['thermal', 'roll', 'continuous', `${widthMm}mm`, ...tags],
    })),
    ...sheets.map(expandSheet),
  ];
  const seen = new Set<string>();
  stocks.forEach((stock, i) => {
    const fail = (message: string): never => {
      throw new InklessError('INKLESS_STOCK_INVALID', message, { path: `stocks[${i}] (${stock.id})` });
    };
    if (!KEBAB_ID.test(stock.id)) fail('the id must be kebab-case: lower-case letters, digits and single dashes');
    if (seen.has(stock.id)) fail('the id is used twice; ids must be unique');
    seen.add(stock.id);
    if (!(stock.widthMm > 0) || (stock.heightMm !== null && !(stock.heightMm > 0))) fail('sizes must be positive mm');
    const issues = stock.sheet ? checkSheetLayout(stock.sheet) : [];
    if (issues.length > 0) fail(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  });
  return stocks;
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function printValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(printValue).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{ ${entries.map(([k, v]) => `${k}: ${printValue(v)}`).join(', ')} }`;
}

/** The text of label-stock.generated.ts: pure and deterministic, so a test can compare it to the file. */
export function buildStockModule(): string {
  const lines = expandStockSource().map((stock) => `  ${printValue(stock)},`);
  return [
    '// GENERATED by generate-label-stock.ts from stock-source.ts. Do not edit by hand; edit the source and run:',
    '//   npx tsx packages/label/src/stock/generate-label-stock.ts',
    "import type { LabelStock } from './label-stock-types';",
    '',
    '/** Every label-stock preset: die-cut rolls, black-mark rolls, continuous rolls, then office sheets. */',
    'export const generatedLabelStocks: readonly LabelStock[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

void writeGeneratedModuleWhenRun('generate-label-stock.ts', 'label-stock.generated.ts', buildStockModule);
