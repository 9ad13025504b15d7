import { MM_PER_INCH } from '../units';
import { labelStocks } from './label-stock';
import type { LabelStock } from './label-stock-types';

/** How far a typed size may be from a stock's (mm): covers 4 in = 101.6 mm typed as "102". */
const SIZE_TOLERANCE_MM = 0.6;
/** Unitless sizes up to this many are also read as inches ("4x6", "2.25x1.25"). */
const MAX_INCH_GUESS = 12;

interface SizeQuery {
  /** Candidate [width, height] readings in mm (a unitless size can mean mm or inches). */
  readonly readings: readonly (readonly [number, number | null])[];
}

const SIZE_PAIR = /(\d+(?:\.\d+)?)\s*(mm|in|inch|")?\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm|in|inch|")?/;
const SIZE_SINGLE = /^(\d+(?:\.\d+)?)\s*(mm|in|inch|")$/;

function readSize(query: string): { size: SizeQuery | null; rest: string } {
  const pair = SIZE_PAIR.exec(query);
  if (pair) {
    const a = Number(pair[1]);
    const b = Number(pair[3]);
    const unit = pair[4] ?? pair[2];
    const readings: [number, number][] = [];
    if (unit === undefined || unit === 'mm') readings.push([a, b]);
    if (unit !== undefined && unit !== 'mm') readings.push([a * MM_PER_INCH, b * MM_PER_INCH]);
    if (unit === undefined && a <= MAX_INCH_GUESS && b <= MAX_INCH_GUESS) readings.push([a * MM_PER_INCH, b * MM_PER_INCH]);
    return { size: { readings }, rest: query.replace(pair[0], ' ') };
  }
  const words = query.split(/\s+/);
  const singleAt = words.findIndex((w) => SIZE_SINGLE.test(w));
  if (singleAt >= 0) {
    const m = SIZE_SINGLE.exec(words[singleAt]!)!;
    const value = Number(m[1]) * (m[2] === 'mm' ? 1 : MM_PER_INCH);
    words.splice(singleAt, 1);
    return { size: { readings: [[value, null]] }, rest: words.join(' ') };
  }
  return { size: null, rest: query };
}

function near(a: number | null, b: number): boolean {
  return a !== null && Math.abs(a - b) <= SIZE_TOLERANCE_MM;
}

/** 3: as typed (width x height, or a continuous roll's width); 2: rotated or a width; 1: a height; 0: no match. */
function scoreSize(stock: LabelStock, size: SizeQuery): number {
  let best = 0;
  for (const [w, h] of size.readings) {
    if (h === null) {
      // "58mm" most often means a roll width, so a continuous roll of that width ranks first.
      if (near(stock.widthMm, w)) best = Math.max(best, stock.heightMm === null ? 3 : 2);
      else if (near(stock.heightMm, w)) best = Math.max(best, 1);
    } else if (near(stock.widthMm, w) && near(stock.heightMm, h)) best = 3;
    else if (near(stock.widthMm, h) && near(stock.heightMm, w)) best = Math.max(best, 2);
  }
  return best;
}

/**
 * Finds presets for what people type: a size ("40x30", "4x6", "2.25 x 1.25 in", "58mm"), a
 * product ("avery 5160", "L7160"), a use ("shipping") or any mix. Every word must match; sizes
 * match within 0.6 mm, either orientation. Best matches first, then catalogue order.
 *
 * @example
 * searchStock('4x6')[0]?.id; // 'roll-4x6in'
 */
export function searchStock(query: string, stocks: readonly LabelStock[] = labelStocks): LabelStock[] {
  const normalized = query.toLowerCase().trim();
  if (!normalized) return [...stocks];
  const { size, rest } = readSize(normalized);
  const words = rest.split(/[\s,]+/).filter(Boolean);
  const scored: { stock: LabelStock; score: number; order: number }[] = [];
  stocks.forEach((stock, order) => {
    const sizeScore = size ? scoreSize(stock, size) : 0;
    if (size && sizeScore === 0) return;
    const haystack = `${stock.id} ${stock.name} ${stock.media} ${stock.tags.join(' ')}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return;
    const exactId = stock.id === normalized ? 10 : 0;
    const exactWord = words.some((w) => stock.id.endsWith(`-${w}`) || stock.tags.includes(w)) ? 1 : 0;
    scored.push({ stock, score: exactId + sizeScore + exactWord, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.stock);
}
