import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { isInklessError } from '../errors/inkless-error';
import { buildStockModule, expandStockSource } from './generate-label-stock';
import { findStock, getStock, labelStocks } from './label-stock';
import { searchStock } from './search-stock';
import { checkSheetLayout } from './sheet-layout';

const ids = (stocks: readonly { id: string }[]): string[] => stocks.map((s) => s.id);

describe('labelStocks catalogue', () => {
  it('has at least 40 stocks with unique kebab-case ids', () => {
    expect(labelStocks.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids(labelStocks)).size).toBe(labelStocks.length);
    for (const stock of labelStocks) expect(stock.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has positive sizes; height null exactly for continuous rolls; a sheet exactly for sheets', () => {
    for (const stock of labelStocks) {
      expect(stock.widthMm, stock.id).toBeGreaterThan(0);
      expect(stock.heightMm === null, stock.id).toBe(stock.media === 'continuous');
      if (stock.heightMm !== null) expect(stock.heightMm, stock.id).toBeGreaterThan(0);
      expect(stock.sheet !== undefined, stock.id).toBe(stock.media === 'sheet');
      if (stock.sheet) {
        expect(checkSheetLayout(stock.sheet), stock.id).toEqual([]);
        expect([stock.sheet.labelWidthMm, stock.sheet.labelHeightMm]).toEqual([stock.widthMm, stock.heightMm]);
      }
    }
  });

  it.each([
    [40, 30], [50, 30], [50, 25], [57, 32], [60, 40], [40, 20], [30, 20], [25, 15], [38, 25], [50, 50], [60, 30],
    [70, 40], [80, 50], [100, 50], [100, 100], [100, 150], [102, 76],
  ])('has a %ix%i mm die-cut roll', (w, h) => {
    const stock = findStock(`roll-${w}x${h}mm`);
    expect(stock).toMatchObject({ widthMm: w, heightMm: h, media: 'gap' });
  });

  it.each([
    ['roll-4x6in', 101.6, 152.4], ['roll-4x3in', 101.6, 76.2], ['roll-2-25x1-25in', 57.15, 31.75], ['roll-2x1in', 50.8, 25.4],
    ['roll-1x1in', 25.4, 25.4], ['roll-2-25x0-75in', 57.15, 19.05], ['roll-3x2in', 76.2, 50.8], ['roll-4x2in', 101.6, 50.8],
    ['roll-4x4in', 101.6, 101.6], ['roll-4x8in', 101.6, 203.2],
  ])('has the inch roll %s at %f x %f mm', (id, w, h) => {
    expect(findStock(id)).toMatchObject({ widthMm: w, heightMm: h, media: 'gap' });
  });

  it('has 50, 58 and 80 mm continuous rolls', () => {
    for (const w of [50, 58, 80]) expect(findStock(`continuous-${w}mm`)).toMatchObject({ widthMm: w, heightMm: null, media: 'continuous' });
  });

  it.each([
    ['avery-l7160', 'A4', 3, 7, 63.5, 38.1], ['avery-l7161', 'A4', 3, 6, 63.5, 46.6], ['avery-l7162', 'A4', 2, 8, 99.1, 33.9],
    ['avery-l7163', 'A4', 2, 7, 99.1, 38.1], ['avery-l7165', 'A4', 2, 4, 99.1, 67.7], ['avery-l7651', 'A4', 5, 13, 38.1, 21.2],
    ['avery-l7173', 'A4', 2, 5, 99.1, 57], ['avery-3474', 'A4', 3, 8, 70, 37], ['avery-5160', 'Letter', 3, 10, 66.675, 25.4],
    ['avery-5161', 'Letter', 2, 10, 101.6, 25.4], ['avery-5162', 'Letter', 2, 7, 101.6, 33.867], ['avery-5163', 'Letter', 2, 5, 101.6, 50.8],
    ['avery-5164', 'Letter', 2, 3, 101.6, 84.667], ['avery-5167', 'Letter', 4, 20, 44.45, 12.7], ['avery-5195', 'Letter', 4, 15, 44.45, 16.933],
    ['avery-8160', 'Letter', 3, 10, 66.675, 25.4],
  ] as const)('has the sheet %s (%s, %i x %i of %f x %f mm)', (id, page, columns, rows, w, h) => {
    expect(findStock(id)?.sheet).toMatchObject({ page, columns, rows, labelWidthMm: w, labelHeightMm: h });
  });

  it('getStock throws INKLESS_STOCK_UNKNOWN for an unknown id', () => {
    expect(getStock('roll-40x30mm').widthMm).toBe(40);
    try {
      getStock('roll-41x30mm');
      expect.unreachable();
    } catch (e) {
      expect(isInklessError(e) && e.code).toBe('INKLESS_STOCK_UNKNOWN');
    }
  });
});

describe('searchStock', () => {
  it('finds sizes in mm, either orientation, best orientation first', () => {
    expect(ids(searchStock('40x30'))).toEqual(['roll-40x30mm']);
    expect(ids(searchStock('30 x 40 mm'))).toEqual(['roll-40x30mm']);
    expect(ids(searchStock('100×150'))[0]).toBe('roll-100x150mm');
  });

  it('reads small unitless sizes as inches too', () => {
    expect(ids(searchStock('4x6'))).toEqual(['roll-4x6in']);
    expect(ids(searchStock('2.25x1.25'))).toContain('roll-2-25x1-25in');
    expect(ids(searchStock('2x1 in'))).toEqual(['roll-2x1in']);
  });

  it('finds a single width such as 58mm', () => {
    expect(ids(searchStock('58mm'))[0]).toBe('continuous-58mm');
    expect(ids(searchStock('58mm'))).not.toContain('continuous-80mm');
  });

  it('finds products and uses by words, all words required', () => {
    expect(ids(searchStock('avery 5160'))).toEqual(['avery-5160']);
    expect(ids(searchStock('L7160'))).toEqual(['avery-l7160']);
    expect(ids(searchStock('J8160'))).toEqual(['avery-l7160']);
    expect(ids(searchStock('shipping 4x6'))).toEqual(['roll-4x6in']);
    expect(searchStock('avery 4x6')).toEqual([]);
    expect(ids(searchStock('receipt')).slice(0, 2)).toEqual(['continuous-58mm', 'continuous-80mm']);
  });

  it('returns the whole catalogue for an empty query', () => {
    expect(searchStock('  ')).toHaveLength(labelStocks.length);
  });
});

describe('generate-label-stock', () => {
  it('produces exactly the committed label-stock.generated.ts', () => {
    const committed = readFileSync(new URL('./label-stock.generated.ts', import.meta.url), 'utf8');
    expect(buildStockModule()).toBe(committed);
  });

  it('is deterministic and agrees with the catalogue in memory', () => {
    expect(buildStockModule()).toBe(buildStockModule());
    expect(expandStockSource()).toEqual(labelStocks);
  });
});

describe('media details', () => {
  it('gives die-cut rolls a gap (3 mm on 4-inch shipping rolls) and mark rolls a mark height', () => {
    expect(findStock('roll-40x30mm')).toMatchObject({ gapMm: 2 });
    expect(findStock('roll-4x6in')).toMatchObject({ gapMm: 3 });
    expect(findStock('roll-100x150mm')).toMatchObject({ gapMm: 3 });
    const mark = labelStocks.filter((s) => s.media === 'mark');
    expect(mark.length).toBeGreaterThan(0);
    for (const s of mark) expect([s.markMm, s.gapMm]).toEqual([3, undefined]);
  });
});
