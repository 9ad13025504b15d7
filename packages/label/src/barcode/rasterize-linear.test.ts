import { describe, expect, it } from 'vitest';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { countInk, createBitmap, fillRect, type Bitmap1 } from '../bitmap/bitmap1';
import { encodeBarcode } from './encode-barcode';
import { hrtGapDots, hrtHeightDots, layoutRuns, rasterizeLinear } from './rasterize-linear';
import type { HrtStyle, RasterizeOptions } from './raster-options';
import type { LinearSymbol } from './symbol';

const fonts = loadBundledFonts();

function linear(symbology: string, data: string): LinearSymbol {
  const r = encodeBarcode({ symbology, data });
  if (!r.ok || r.value.kind !== 'linear') throw new Error(`${symbology} did not encode`);
  return r.value;
}

/** The bars as rasterizeLinear drew them before the row-copy: one fillRect per bar and bearer side. */
function drawBarsPerRect(symbol: LinearSymbol, options: RasterizeOptions): Bitmap1 {
  const m = options.moduleDots;
  const barHeight = options.barHeightDots ?? 50 * m;
  const bearer = (symbol.bearerModules ?? 0) * m;
  const xs = layoutRuns(symbol, m, options.ratio ?? 2.5, bearer + symbol.quietLeft * m);
  const width = xs[symbol.modules.length]! + symbol.quietRight * m + bearer;
  const hrt = options.hrt && symbol.hrt ? options.hrt : undefined;
  const textH = hrt ? hrtHeightDots(hrt.sizeDots) : 0;
  const textTop = bearer * 2 + barHeight + (hrt ? hrtGapDots(m) : 0);
  const bmp = createBitmap(width, hrt ? textTop + textH : barHeight + bearer * 2);
  const guards = new Set(hrt && symbol.hrtLayout !== 'plain' ? symbol.guardBars ?? [] : []);
  for (let i = 0; i < symbol.modules.length; i += 2) {
    const h = guards.has(i) ? textTop - bearer + Math.floor(textH / 2) : barHeight;
    fillRect(bmp, xs[i]!, bearer, xs[i + 1]! - xs[i]!, h);
  }
  if (bearer) {
    fillRect(bmp, 0, 0, width, bearer);
    fillRect(bmp, 0, bearer + barHeight, width, bearer);
    fillRect(bmp, 0, 0, bearer, barHeight + 2 * bearer);
    fillRect(bmp, width - bearer, 0, bearer, barHeight + 2 * bearer);
  }
  return bmp;
}

function expectSameBitmap(actual: Bitmap1, expected: Bitmap1, rows = expected.height): void {
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
  const bytes = rows * expected.stride;
  const firstDifference = actual.data.subarray(0, bytes).findIndex((b, i) => b !== expected.data[i]);
  expect(firstDifference).toBe(-1);
}

const hrtStyle = (sizeDots: number): HrtStyle => ({ fonts, family: 'DejaVu Sans', sizeDots });

describe('rasterizeLinear draws one dot row and copies it', () => {
  const symbols: Array<[string, LinearSymbol]> = [
    ['code128', linear('code128', 'INK-0042 row copy')],
    ['itf14 (bearer, two-width)', linear('itf14', '1540014128876')],
    ['code39 (two-width)', linear('code39', 'ROW COPY 39')],
    ['ean13 (guard bars)', linear('ean13', '590123412345')],
    ['upca (guard bars)', linear('upca', '03600029145')],
  ];

  it('matches per-bar fillRect drawing for every module size, ratio and bar height', () => {
    for (const [name, symbol] of symbols) {
      for (const moduleDots of [1, 2, 3, 5]) {
        for (const ratio of [2, 2.5, 3]) {
          for (const barHeightDots of [1, 2, 7, 64, 101]) {
            const options = { moduleDots, ratio, barHeightDots };
            const actual = rasterizeLinear(symbol, options);
            expect(countInk(actual), name).toBeGreaterThan(0);
            expectSameBitmap(actual, drawBarsPerRect(symbol, options));
          }
        }
      }
    }
  });

  it('extends guard bars into blank text exactly as per-bar drawing does', () => {
    for (const [, symbol] of symbols) {
      // Spaces keep the text layout (groups, guards) but add no ink, so only bars are compared.
      const blank = { ...symbol, hrt: ' '.repeat(symbol.hrt.length) };
      for (const moduleDots of [1, 2, 3]) {
        for (const sizeDots of [9, 20]) {
          const options = { moduleDots, barHeightDots: 40, hrt: hrtStyle(sizeDots) };
          expectSameBitmap(rasterizeLinear(blank, options), drawBarsPerRect(blank, options));
        }
      }
    }
    const guarded = rasterizeLinear({ ...symbols[3]![1], hrt: ' '.repeat(13) }, { moduleDots: 2, barHeightDots: 40, hrt: hrtStyle(20) });
    const unguarded = rasterizeLinear(symbols[3]![1], { moduleDots: 2, barHeightDots: 40 });
    expect(guarded.height).toBeGreaterThan(unguarded.height);
    // The guard bars are the only ink below the bars.
    expect(guarded.data.subarray(40 * guarded.stride).some((b) => b !== 0)).toBe(true);
  });

  it('keeps the bars above real text identical', () => {
    for (const [, symbol] of symbols) {
      const options = { moduleDots: 2, barHeightDots: 50, hrt: hrtStyle(18) };
      const bearer = (symbol.bearerModules ?? 0) * 2;
      expectSameBitmap(rasterizeLinear(symbol, options), drawBarsPerRect(symbol, options), 50 + 2 * bearer);
    }
  });
});
