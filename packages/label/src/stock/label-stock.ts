import { InklessError } from '../errors/inkless-error';
import { generatedLabelStocks } from './label-stock.generated';
import type { LabelStock } from './label-stock-types';

/** Every label-stock preset Inkless knows, in catalogue order (see stock-source.ts to add one). */
export const labelStocks: readonly LabelStock[] = generatedLabelStocks;

const stocksById: ReadonlyMap<string, LabelStock> = new Map(labelStocks.map((s) => [s.id, s]));

/** Looks a preset up by its stable id; undefined when the catalogue has no such id. */
export function findStock(id: string): LabelStock | undefined {
  return stocksById.get(id);
}

/** Like findStock, for ids that must exist (a saved document's stock); throws INKLESS_STOCK_UNKNOWN. */
export function getStock(id: string, path = 'stockId'): LabelStock {
  const stock = stocksById.get(id);
  if (!stock) {
    throw new InklessError('INKLESS_STOCK_UNKNOWN', `label stock "${id}" is not in the catalogue; pick a stock or enter the size by hand`, { path });
  }
  return stock;
}
