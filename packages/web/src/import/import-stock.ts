import type { Stock } from '@inkless/import';
import { findStock, labelStocks, mmToDots, type LabelStock } from '@inkless/label';
import { findProfile, type PrinterProfile } from '@inkless/printers';

/** Die-cut and black-mark rolls with a length: what a label printer takes for an imported label. */
export const importStocks: readonly LabelStock[] = labelStocks.filter((s) => s.media !== 'sheet' && typeof s.heightMm === 'number');

/** Shipping labels (what people import most) are 4 x 6 in. */
export const DEFAULT_IMPORT_STOCK_ID = 'roll-4x6in';

/** The stock at the printer's dots: the size of the label as it will print. */
export function stockAtDpi(stockId: string, profile: PrinterProfile): Stock {
  const stock = findStock(stockId) ?? findStock(DEFAULT_IMPORT_STOCK_ID)!;
  return { widthDots: mmToDots(stock.widthMm, profile.dpi), heightDots: mmToDots(stock.heightMm ?? stock.widthMm, profile.dpi), dpi: profile.dpi };
}

/** The printer profile by id, or undefined when the id is unknown (an old setting). */
export const profileFor = (id: string): PrinterProfile | undefined => findProfile(id);
