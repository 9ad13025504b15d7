import { createBitmap, type Bitmap1 } from '../bitmap/bitmap1';
import type { GreyImage } from './grey-image';

/**
 * How grey becomes dots: 'threshold' for logos and text (crisp edges), 'floyd-steinberg' and
 * 'atkinson' (error diffusion; Atkinson keeps more contrast) for photos, 'ordered' (8x8 Bayer) for
 * regular patterns that survive a cheap print head.
 */
export type DitherMethod = 'threshold' | 'floyd-steinberg' | 'atkinson' | 'ordered';

/** The 8x8 Bayer index matrix (0..63), built by the usual recursion so no table is typed by hand. */
export const BAYER_8X8: readonly number[] = buildBayer(8);

function buildBayer(size: number): number[] {
  let m = [0];
  for (let n = 1; n < size; n *= 2) {
    const next = new Array<number>(4 * n * n);
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        const v = 4 * m[y * n + x]!;
        next[y * 2 * n + x] = v;
        next[y * 2 * n + x + n] = v + 2;
        next[(y + n) * 2 * n + x] = v + 3;
        next[(y + n) * 2 * n + x + n] = v + 1;
      }
    }
    m = next;
  }
  return m;
}

function setInk(bmp: Bitmap1, x: number, y: number): void {
  bmp.data[y * bmp.stride + (x >> 3)]! |= 0x80 >> (x & 7);
}

/**
 * A dot is inked where grey < threshold. Eight pixels a byte with no branch a pixel: the sign bit of
 * (grey - t) is the dot, where t is the threshold as a whole number in 0..256 (grey is a whole
 * number, so grey < threshold exactly when grey < t; a NaN threshold inks nothing either way).
 */
function ditherThreshold(img: GreyImage, bmp: Bitmap1, threshold: number): void {
  const t = Math.min(256, Math.max(0, Math.ceil(threshold)));
  const { data: g, width } = img;
  const whole = width & ~7;
  for (let y = 0; y < img.height; y++) {
    const row = y * width;
    const out = y * bmp.stride;
    let x = 0;
    for (; x < whole; x += 8) {
      const i = row + x;
      bmp.data[out + (x >> 3)] =
        (((g[i]! - t) >>> 31) << 7) | (((g[i + 1]! - t) >>> 31) << 6) | (((g[i + 2]! - t) >>> 31) << 5) | (((g[i + 3]! - t) >>> 31) << 4) |
        (((g[i + 4]! - t) >>> 31) << 3) | (((g[i + 5]! - t) >>> 31) << 2) | (((g[i + 6]! - t) >>> 31) << 1) | ((g[i + 7]! - t) >>> 31);
    }
    for (; x < width; x++) bmp.data[out + (x >> 3)]! |= ((g[row + x]! - t) >>> 31) << (7 - (x & 7));
  }
}

/** Bayer cell i stands for threshold 4i + 2 (the centre of its 1/64 band), moved by `threshold` - 128. */
function ditherOrdered(img: GreyImage, bmp: Bitmap1, threshold: number): void {
  const bias = threshold - 128;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const t = BAYER_8X8[((y & 7) << 3) | (x & 7)]! * 4 + 2 + bias;
      if (img.data[y * img.width + x]! < t) setInk(bmp, x, y);
    }
  }
}

/**
 * Floyd-Steinberg, serpentine (alternate rows run right to left, which avoids diagonal "worms").
 * Errors are multiples of 1/16 in doubles: exact, so every host gets the same dots. Error diffusion
 * keeps the mean grey whatever the decision level, so `threshold` shifts the grey itself instead.
 */
function ditherFloydSteinberg(img: GreyImage, bmp: Bitmap1, threshold: number): void {
  const w = img.width;
  const bias = threshold - 128;
  let cur = new Float64Array(w + 2);
  let next = new Float64Array(w + 2);
  for (let y = 0; y < img.height; y++) {
    const ltr = (y & 1) === 0;
    const dir = ltr ? 1 : -1;
    for (let i = 0; i < w; i++) {
      const x = ltr ? i : w - 1 - i;
      const v = img.data[y * w + x]! - bias + cur[x + 1]!;
      const ink = v < 128;
      if (ink) setInk(bmp, x, y);
      const e = v - (ink ? 0 : 255);
      cur[x + 1 + dir]! += (e * 7) / 16;
      next[x + 1 - dir]! += (e * 3) / 16;
      next[x + 1]! += (e * 5) / 16;
      next[x + 1 + dir]! += e / 16;
    }
    [cur, next] = [next, cur];
    next.fill(0);
  }
}

/** Atkinson: spreads only 6/8 of the error, so highlights and shadows stay clean. */
function ditherAtkinson(img: GreyImage, bmp: Bitmap1, threshold: number): void {
  const w = img.width;
  const bias = threshold - 128;
  const rows = [new Float64Array(w + 3), new Float64Array(w + 3), new Float64Array(w + 3)];
  for (let y = 0; y < img.height; y++) {
    const [r0, r1, r2] = rows as [Float64Array, Float64Array, Float64Array];
    for (let x = 0; x < w; x++) {
      const v = img.data[y * w + x]! - bias + r0[x + 1]!;
      const ink = v < 128;
      if (ink) setInk(bmp, x, y);
      const e = (v - (ink ? 0 : 255)) / 8;
      r0[x + 2]! += e;
      r0[x + 3]! += e;
      r1[x]! += e;
      r1[x + 1]! += e;
      r1[x + 2]! += e;
      r2[x + 1]! += e;
    }
    r0.fill(0);
    rows.push(rows.shift()!);
  }
}

/**
 * Turns luminance into a Bitmap1 (ink where the picture is dark). `threshold` (0..255, default
 * 128) is the grey below which a dot is inked; when dithering, every grey is shifted by
 * 128 - threshold instead, so a higher threshold prints darker with every method.
 *
 * @example
 * const bmp = ditherGrey(grey, 'atkinson');
 */
export function ditherGrey(img: GreyImage, method: DitherMethod, threshold = 128): Bitmap1 {
  const bmp = createBitmap(img.width, img.height);
  if (method === 'threshold') ditherThreshold(img, bmp, threshold);
  else if (method === 'ordered') ditherOrdered(img, bmp, threshold);
  else if (method === 'floyd-steinberg') ditherFloydSteinberg(img, bmp, threshold);
  else {
    const _atkinson: 'atkinson' = method; // a new method fails to compile until handled above
    ditherAtkinson(img, bmp, threshold);
  }
  return bmp;
}
