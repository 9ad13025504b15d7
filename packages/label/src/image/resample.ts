import type { GreyImage } from './grey-image';

/** Part of the source image to draw, in source pixels; fractional, so 'cover' crops exactly. */
export interface SourceRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** For each output pixel on one axis: which source pixels it mixes and with what weights. */
interface AxisTaps {
  /** Output i uses source pixels first[i] ... first[i] + (offset[i+1] - offset[i]) - 1. */
  readonly first: Int32Array;
  readonly offset: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Area averaging when shrinking (each output pixel is the mean of the source area it covers, so
 * fine detail turns into the right grey instead of aliasing), bilinear when enlarging.
 */
function buildTaps(srcSize: number, from: number, span: number, outSize: number): AxisTaps {
  const step = span / outSize;
  const first = new Int32Array(outSize);
  const offset = new Int32Array(outSize + 1);
  const weights: number[] = [];
  for (let i = 0; i < outSize; i++) {
    offset[i] = weights.length;
    if (step > 1) {
      const a = from + i * step;
      const b = a + step;
      const j0 = Math.min(srcSize - 1, Math.max(0, Math.floor(a)));
      const j1 = Math.max(j0 + 1, Math.min(srcSize, Math.ceil(b)));
      first[i] = j0;
      const row: number[] = [];
      let sum = 0;
      for (let j = j0; j < j1; j++) {
        const w = Math.max(0, Math.min(b, j + 1) - Math.max(a, j));
        row.push(w);
        sum += w;
      }
      // Rounding at the image edge can leave no overlap; then the nearest pixel stands in.
      for (let k = 0; k < row.length; k++) weights.push(sum > 0 ? row[k]! / sum : k === 0 ? 1 : 0);
    } else {
      const c = Math.min(srcSize - 1, Math.max(0, from + (i + 0.5) * step - 0.5));
      const j0 = Math.floor(c);
      const f = c - j0;
      first[i] = j0;
      weights.push(1 - f);
      if (j0 + 1 < srcSize) weights.push(f);
    }
  }
  offset[outSize] = weights.length;
  return { first, offset, weights: Float64Array.from(weights) };
}

/**
 * Scales `rect` of `image` to outWidth x outHeight, separably (rows, then columns). Plain double
 * arithmetic only, so every JavaScript engine computes the same bytes.
 */
export function resampleGrey(image: GreyImage, rect: SourceRect, outWidth: number, outHeight: number): GreyImage {
  const out = new Uint8Array(outWidth * outHeight);
  if (outWidth === 0 || outHeight === 0) return { width: outWidth, height: outHeight, data: out };
  const tx = buildTaps(image.width, rect.x, rect.width, outWidth);
  const ty = buildTaps(image.height, rect.y, rect.height, outHeight);
  const rowFrom = ty.first[0]!;
  const rowTo = ty.first[outHeight - 1]! + (ty.offset[outHeight]! - ty.offset[outHeight - 1]!);
  // Horizontal pass over only the source rows the vertical pass will read.
  const mid = new Float64Array((rowTo - rowFrom) * outWidth);
  const src = image.data;
  for (let y = rowFrom; y < rowTo; y++) {
    const srow = y * image.width;
    const mrow = (y - rowFrom) * outWidth;
    for (let x = 0; x < outWidth; x++) {
      let acc = 0;
      const j0 = srow + tx.first[x]!;
      for (let k = tx.offset[x]!, j = j0; k < tx.offset[x + 1]!; k++, j++) acc += src[j]! * tx.weights[k]!;
      mid[mrow + x] = acc;
    }
  }
  for (let y = 0; y < outHeight; y++) {
    const r0 = ty.first[y]! - rowFrom;
    const k0 = ty.offset[y]!;
    const k1 = ty.offset[y + 1]!;
    for (let x = 0; x < outWidth; x++) {
      let acc = 0;
      for (let k = k0, r = r0; k < k1; k++, r++) acc += mid[r * outWidth + x]! * ty.weights[k]!;
      out[y * outWidth + x] = Math.min(255, Math.max(0, Math.round(acc)));
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}
