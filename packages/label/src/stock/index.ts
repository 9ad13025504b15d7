/** The label-stock catalogue: roll and sheet presets, lookup, search and sheet geometry. */
export { labelStocks, findStock, getStock } from './label-stock';
export { searchStock } from './search-stock';
export { listSheetCells, checkSheetLayout, type SheetCell } from './sheet-layout';
export type { LabelStock, SheetLayout, SheetPage, StockMedia } from './label-stock-types';
