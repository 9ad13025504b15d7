import { getPixel, type Bitmap1 } from '@inkless/label';

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The module width actually printed: the greatest common divisor of the bar and space runs
 * across the middle row of the symbol (quiet zones excluded). 0 when the row has no ink.
 */
export function measureModuleDots(bmp: Bitmap1): number {
  const y = Math.floor(bmp.height / 2);
  let first = -1;
  let last = -1;
  for (let x = 0; x < bmp.width; x++) if (getPixel(bmp, x, y)) { if (first < 0) first = x; last = x; }
  if (first < 0) return 0;
  let g = 0;
  let run = 1;
  for (let x = first + 1; x <= last + 1; x++) {
    if (x <= last && getPixel(bmp, x, y) === getPixel(bmp, x - 1, y)) run++;
    else { g = gcd(g, run); run = 1; }
  }
  return g;
}
