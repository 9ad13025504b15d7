import type { SheetPage } from './label-stock-types';

/**
 * The hand-written source of the label-stock catalogue, kept compact so a contributor can add a
 * stock in one line. generate-label-stock.ts expands it (ids, names, inch -> mm, search tags),
 * checks it, and writes label-stock.generated.ts. Never renumber or rename an id: documents store it.
 *
 * Sheet geometry comes from Avery's datasheets and the gLabels template database (j-evins/glabels-qt
 * templates/avery-*-templates.xml); entries marked "uncertain" differ between those sources or were
 * derived from the page size (margins = leftover space / 2) and should be checked with a test print.
 */

/** A die-cut or black-mark roll: [width, height, unit, extra tags]. */
export type RollRow = readonly [width: number, height: number, unit: 'mm' | 'in', tags: readonly string[]];

/** Gap between die-cut labels on common thermal rolls; 3 mm on 4-inch shipping rolls. */
export const DEFAULT_GAP_MM = 2;
export const SHIPPING_GAP_MM = 3;

export const dieCutRolls: readonly RollRow[] = [
  [25, 15, 'mm', ['price', 'small']],
  [30, 20, 'mm', ['price', 'small']],
  [38, 25, 'mm', ['barcode', 'price']],
  [40, 20, 'mm', ['barcode', 'price']],
  [40, 30, 'mm', ['barcode', 'price', 'netum', 'niimbot', 'popular']],
  [40, 40, 'mm', ['square']],
  [50, 20, 'mm', ['barcode']],
  [50, 25, 'mm', ['barcode', 'address']],
  [50, 30, 'mm', ['barcode', 'address', 'popular']],
  [50, 40, 'mm', ['product']],
  [50, 50, 'mm', ['square', 'product']],
  [57, 32, 'mm', ['barcode', '2.25x1.25 metric']],
  [60, 30, 'mm', ['product']],
  [60, 40, 'mm', ['product', 'address']],
  [60, 60, 'mm', ['square']],
  [70, 40, 'mm', ['product']],
  [70, 50, 'mm', ['product']],
  [80, 50, 'mm', ['product', 'shipping']],
  [100, 50, 'mm', ['shipping', 'warehouse']],
  [100, 70, 'mm', ['shipping']],
  [100, 100, 'mm', ['shipping', 'square']],
  [100, 150, 'mm', ['shipping', 'courier', 'a6']],
  [102, 76, 'mm', ['shipping', '4x3 metric']],
  [1, 1, 'in', ['square', 'small']],
  [1.5, 1, 'in', ['price', 'small']],
  [2, 1, 'in', ['barcode', 'fba', 'price']],
  [2, 2, 'in', ['square']],
  [2.25, 0.75, 'in', ['barcode', 'jewellery', 'price']],
  [2.25, 1.25, 'in', ['barcode', 'dymo', 'zebra', 'popular']],
  [3, 1, 'in', ['barcode', 'address']],
  [3, 2, 'in', ['product', 'address']],
  [4, 2, 'in', ['shipping', 'warehouse']],
  [4, 3, 'in', ['shipping']],
  [4, 4, 'in', ['shipping', 'square']],
  [4, 6, 'in', ['shipping', 'courier', 'usps', 'ups', 'fedex', 'dhl', 'popular']],
  [4, 8, 'in', ['shipping', 'courier']],
];

/** Black-mark rolls: label length is set by a printed mark on the back. [width, height, unit, tags] */
export const markRolls: readonly RollRow[] = [
  // uncertain: black-mark tickets vary by vendor; 58 x 40 mm is a common ESC/POS ticket size.
  [58, 40, 'mm', ['ticket', 'receipt printer', 'escpos']],
];
/** Height of the black mark on the back of mark rolls (printers sense its leading edge). */
export const MARK_HEIGHT_MM = 3;

/** Continuous rolls: [paper width mm, tags]. */
export const continuousRolls: readonly (readonly [widthMm: number, tags: readonly string[]])[] = [
  [50, ['continuous label', 'tape']],
  [58, ['receipt', '57mm', 'escpos', 'netum', 'nt-1809', '2 1/4 in']],
  [80, ['receipt', 'escpos', 'pos', '3 1/8 in']],
  [100, ['continuous label', 'shipping']],
];

/** An office sheet. Lengths in `unit`; `equivalents` are other product codes with the same layout. */
export interface SheetRow {
  readonly code: string;
  readonly brand: 'Avery';
  readonly page: SheetPage;
  readonly unit: 'mm' | 'in';
  readonly columns: number;
  readonly rows: number;
  readonly labelWidth: number;
  readonly labelHeight: number;
  readonly left: number;
  readonly top: number;
  readonly pitchX: number;
  readonly pitchY: number;
  readonly cornerRadius?: number;
  readonly use: string;
  readonly equivalents?: readonly string[];
}

export const sheets: readonly SheetRow[] = [
  // A4 (210 x 297 mm)
  { code: 'L7159', brand: 'Avery', page: 'A4', unit: 'mm', columns: 3, rows: 8, labelWidth: 63.5, labelHeight: 33.9, left: 7.2, top: 12.9, pitchX: 66.04, pitchY: 33.9, cornerRadius: 1.5, use: 'address' },
  { code: 'L7160', brand: 'Avery', page: 'A4', unit: 'mm', columns: 3, rows: 7, labelWidth: 63.5, labelHeight: 38.1, left: 7.2, top: 15.15, pitchX: 66.04, pitchY: 38.1, cornerRadius: 1.5, use: 'address', equivalents: ['J8160', '7160'] },
  { code: 'L7161', brand: 'Avery', page: 'A4', unit: 'mm', columns: 3, rows: 6, labelWidth: 63.5, labelHeight: 46.6, left: 7.2, top: 8.7, pitchX: 66.04, pitchY: 46.6, cornerRadius: 1.5, use: 'address', equivalents: ['J8161'] },
  { code: 'L7162', brand: 'Avery', page: 'A4', unit: 'mm', columns: 2, rows: 8, labelWidth: 99.1, labelHeight: 33.9, left: 4.65, top: 12.9, pitchX: 101.6, pitchY: 33.9, cornerRadius: 1.5, use: 'address', equivalents: ['J8162'] },
  { code: 'L7163', brand: 'Avery', page: 'A4', unit: 'mm', columns: 2, rows: 7, labelWidth: 99.1, labelHeight: 38.1, left: 4.65, top: 15.15, pitchX: 101.6, pitchY: 38.1, cornerRadius: 1.5, use: 'address', equivalents: ['J8163'] },
  { code: 'L7165', brand: 'Avery', page: 'A4', unit: 'mm', columns: 2, rows: 4, labelWidth: 99.1, labelHeight: 67.7, left: 4.65, top: 13.1, pitchX: 101.6, pitchY: 67.7, cornerRadius: 1.5, use: 'parcel', equivalents: ['J8165'] },
  // uncertain: top margin derived from the page height.
  { code: 'L7166', brand: 'Avery', page: 'A4', unit: 'mm', columns: 2, rows: 3, labelWidth: 99.1, labelHeight: 93.1, left: 4.65, top: 8.85, pitchX: 101.6, pitchY: 93.1, cornerRadius: 1.5, use: 'parcel', equivalents: ['J8166'] },
  // uncertain: margins derived from the page size.
  { code: 'L7167', brand: 'Avery', page: 'A4', unit: 'mm', columns: 1, rows: 1, labelWidth: 199.6, labelHeight: 289.1, left: 5.2, top: 3.95, pitchX: 199.6, pitchY: 289.1, use: 'full sheet', equivalents: ['J8167'] },
  { code: 'L7168', brand: 'Avery', page: 'A4', unit: 'mm', columns: 1, rows: 2, labelWidth: 199.6, labelHeight: 143.5, left: 5.2, top: 5, pitchX: 199.6, pitchY: 143.5, use: 'parcel', equivalents: ['J8168'] },
  { code: 'L7173', brand: 'Avery', page: 'A4', unit: 'mm', columns: 2, rows: 5, labelWidth: 99.1, labelHeight: 57, left: 4.65, top: 6, pitchX: 101.6, pitchY: 57, cornerRadius: 1.5, use: 'parcel', equivalents: ['J8173'] },
  { code: 'L7651', brand: 'Avery', page: 'A4', unit: 'mm', columns: 5, rows: 13, labelWidth: 38.1, labelHeight: 21.2, left: 4.7, top: 10.7, pitchX: 40.6, pitchY: 21.2, cornerRadius: 1.5, use: 'mini address', equivalents: ['J8651', 'L7551', '8651'] },
  // Zweckform 3474 family: labels touch the page sides; uncertain: top margin derived (297 - 8 x 37) / 2.
  { code: '3474', brand: 'Avery', page: 'A4', unit: 'mm', columns: 3, rows: 8, labelWidth: 70, labelHeight: 37, left: 0, top: 0.5, pitchX: 70, pitchY: 37, use: 'zweckform multipurpose' },
  { code: '3475', brand: 'Avery', page: 'A4', unit: 'mm', columns: 3, rows: 8, labelWidth: 70, labelHeight: 36, left: 0, top: 4.5, pitchX: 70, pitchY: 36, use: 'zweckform multipurpose' },
  { code: '3422', brand: 'Avery', page: 'A4', unit: 'mm', columns: 3, rows: 8, labelWidth: 70, labelHeight: 35, left: 0, top: 8.5, pitchX: 70, pitchY: 35, use: 'zweckform multipurpose' },
  // US Letter (8.5 x 11 in). uncertain: 5160 side margin/pitch is 0.1875/2.75 in (Avery) vs 0.15625/2.78125 in (gLabels).
  { code: '5160', brand: 'Avery', page: 'Letter', unit: 'in', columns: 3, rows: 10, labelWidth: 2.625, labelHeight: 1, left: 0.1875, top: 0.5, pitchX: 2.75, pitchY: 1, cornerRadius: 0.0625, use: 'address', equivalents: ['5260', '5960', '8460', '18160'] },
  { code: '8160', brand: 'Avery', page: 'Letter', unit: 'in', columns: 3, rows: 10, labelWidth: 2.625, labelHeight: 1, left: 0.1875, top: 0.5, pitchX: 2.75, pitchY: 1, cornerRadius: 0.0625, use: 'address inkjet' },
  { code: '5161', brand: 'Avery', page: 'Letter', unit: 'in', columns: 2, rows: 10, labelWidth: 4, labelHeight: 1, left: 0.15625, top: 0.5, pitchX: 4.1875, pitchY: 1, cornerRadius: 0.0625, use: 'address', equivalents: ['5261', '8161'] },
  { code: '5162', brand: 'Avery', page: 'Letter', unit: 'in', columns: 2, rows: 7, labelWidth: 4, labelHeight: 4 / 3, left: 0.15625, top: 5 / 6, pitchX: 4.1875, pitchY: 4 / 3, cornerRadius: 0.0625, use: 'address', equivalents: ['5262', '8162'] },
  { code: '5163', brand: 'Avery', page: 'Letter', unit: 'in', columns: 2, rows: 5, labelWidth: 4, labelHeight: 2, left: 0.15625, top: 0.5, pitchX: 4.1875, pitchY: 2, cornerRadius: 0.125, use: 'shipping', equivalents: ['5263', '8163'] },
  { code: '5164', brand: 'Avery', page: 'Letter', unit: 'in', columns: 2, rows: 3, labelWidth: 4, labelHeight: 10 / 3, left: 0.15625, top: 0.5, pitchX: 4.1875, pitchY: 10 / 3, cornerRadius: 0.125, use: 'shipping', equivalents: ['5264', '8164'] },
  { code: '5165', brand: 'Avery', page: 'Letter', unit: 'in', columns: 1, rows: 1, labelWidth: 8.5, labelHeight: 11, left: 0, top: 0, pitchX: 8.5, pitchY: 11, use: 'full sheet', equivalents: ['8165'] },
  { code: '5126', brand: 'Avery', page: 'Letter', unit: 'in', columns: 1, rows: 2, labelWidth: 8.5, labelHeight: 5.5, left: 0, top: 0, pitchX: 8.5, pitchY: 5.5, use: 'shipping half sheet', equivalents: ['8126'] },
  { code: '5167', brand: 'Avery', page: 'Letter', unit: 'in', columns: 4, rows: 20, labelWidth: 1.75, labelHeight: 0.5, left: 0.28125, top: 0.5, pitchX: 2.0625, pitchY: 0.5, cornerRadius: 0.0625, use: 'return address', equivalents: ['5267', '8167'] },
  { code: '5168', brand: 'Avery', page: 'Letter', unit: 'in', columns: 2, rows: 2, labelWidth: 3.5, labelHeight: 5, left: 0.5, top: 0.5, pitchX: 4, pitchY: 5, cornerRadius: 0.0625, use: 'shipping' },
  // uncertain: 5195 (2/3 x 1 3/4 in, 60 up) margins assumed equal to the 5167 family.
  { code: '5195', brand: 'Avery', page: 'Letter', unit: 'in', columns: 4, rows: 15, labelWidth: 1.75, labelHeight: 2 / 3, left: 0.28125, top: 0.5, pitchX: 2.0625, pitchY: 2 / 3, cornerRadius: 0.0625, use: 'return address', equivalents: ['8195'] },
];
