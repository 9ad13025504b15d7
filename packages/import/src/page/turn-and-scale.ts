import type { GreyImage } from '../picture/grey';
import type { PageRegion } from './page-region';

/** Clockwise quarter turns that bring a label upright. */
export type Rotation = 0 | 90 | 180 | 270;

/** A box in some image's pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The region cut out of the page and turned clockwise by `rotation` (an exact copy of pixels). */
export function cutAndTurn(page: GreyImage, region: Box, rotation: Rotation): GreyImage {
  const { x: rx, y: ry, width: w, height: h } = region;
  const turned = rotation === 90 || rotation === 270;
  const ow = turned ? h : w;
  const oh = turned ? w : h;
  const out = new Uint8Array(ow * oh);
  const src = page.data;
  const stride = page.width;
  const at = (x: number, y: number) => (ry + y) * stride + rx + x;
  // One loop per turn, stepping through the source by a fixed stride: no work per pixel but the copy.
  for (let Y = 0; Y < oh; Y++) {
    const o = Y * ow;
    if (rotation === 0) out.set(src.subarray(at(0, Y), at(0, Y) + w), o);
    else if (rotation === 90) for (let X = 0, i = at(Y, h - 1); X < ow; X++, i -= stride) out[o + X] = src[i]!;
    else if (rotation === 180) for (let X = 0, i = at(w - 1, h - 1 - Y); X < ow; X++, i--) out[o + X] = src[i]!;
    else for (let X = 0, i = at(w - 1 - Y, 0); X < ow; X++, i += stride) out[o + X] = src[i]!;
  }
  return { width: ow, height: oh, data: out };
}

/** A box in page pixels as it lands in the cut-and-turned region. */
export function turnBox(box: Box, region: Box, rotation: Rotation): Box {
  const bx = box.x - region.x;
  const by = box.y - region.y;
  const { width: w, height: h } = region;
  if (rotation === 0) return { x: bx, y: by, width: box.width, height: box.height };
  if (rotation === 90) return { x: h - (by + box.height), y: bx, width: box.height, height: box.width };
  if (rotation === 180) return { x: w - (bx + box.width), y: h - (by + box.height), width: box.width, height: box.height };
  return { x: by, y: w - (bx + box.width), width: box.height, height: box.width };
}

/** For each output pixel on one axis: the first source pixel, and the weights of the run it averages. */
interface Taps {
  readonly first: Int32Array;
  readonly offset: Int32Array;
  readonly weights: Float64Array;
}

/** Area averaging (each output pixel is the mean of the source it covers); nearest-pixel when enlarging. */
function buildTaps(srcSize: number, scale: number, from: number, count: number): Taps {
  const first = new Int32Array(count);
  const offset = new Int32Array(count + 1);
  const weights: number[] = [];
  for (let i = 0; i < count; i++) {
    offset[i] = weights.length;
    const a = Math.max(0, Math.min(srcSize, (from + i) / scale));
    const b = Math.max(0, Math.min(srcSize, (from + i + 1) / scale));
    const j0 = Math.min(srcSize - 1, Math.floor(a));
    const j1 = Math.max(j0 + 1, Math.ceil(b));
    first[i] = j0;
    let sum = 0;
    const row: number[] = [];
    for (let j = j0; j < j1; j++) {
      const wgt = Math.max(0, Math.min(b, j + 1) - Math.max(a, j));
      row.push(wgt);
      sum += wgt;
    }
    for (let k = 0; k < row.length; k++) weights.push(sum > 0 ? row[k]! / sum : k === 0 ? 1 : 0);
  }
  offset[count] = weights.length;
  return { first, offset, weights: Float64Array.from(weights) };
}

/**
 * The window [fromX, fromX + outW) x [fromY, fromY + outH) of `image` scaled by `scale`, area-averaged
 * (rows, then columns); pixels outside the scaled image are white paper.
 */
export function scaleWindow(image: GreyImage, scale: number, fromX: number, fromY: number, outW: number, outH: number): GreyImage {
  const out = new Uint8Array(outW * outH).fill(255);
  const fullW = Math.round(image.width * scale);
  const fullH = Math.round(image.height * scale);
  const x0 = Math.max(0, fromX), x1 = Math.min(fullW, fromX + outW);
  const y0 = Math.max(0, fromY), y1 = Math.min(fullH, fromY + outH);
  if (x1 <= x0 || y1 <= y0) return { width: outW, height: outH, data: out };
  const sx = fullW / image.width;
  const sy = fullH / image.height;
  const tx = buildTaps(image.width, sx, x0, x1 - x0);
  const ty = buildTaps(image.height, sy, y0, y1 - y0);
  const rowFrom = ty.first[0]!;
  const rowTo = Math.min(image.height, ty.first[y1 - y0 - 1]! + (ty.offset[y1 - y0]! - ty.offset[y1 - y0 - 1]!));
  const cols = x1 - x0;
  const mid = new Float64Array((rowTo - rowFrom) * cols);
  for (let y = rowFrom; y < rowTo; y++) {
    const srow = y * image.width;
    for (let x = 0; x < cols; x++) {
      let acc = 0;
      for (let k = tx.offset[x]!, j = srow + tx.first[x]!; k < tx.offset[x + 1]!; k++, j++) acc += image.data[j]! * tx.weights[k]!;
      mid[(y - rowFrom) * cols + x] = acc;
    }
  }
  for (let y = 0; y < y1 - y0; y++) {
    const orow = (y + y0 - fromY) * outW + (x0 - fromX);
    for (let x = 0; x < cols; x++) {
      let acc = 0;
      for (let k = ty.offset[y]!, j = ty.first[y]!; k < ty.offset[y + 1]!; k++, j++) acc += mid[(j - rowFrom) * cols + x]! * ty.weights[k]!;
      out[orow + x] = Math.round(acc);
    }
  }
  return { width: outW, height: outH, data: out };
}

/** Clips a region to the page; undefined when nothing of it is left. */
export function clipRegion(region: PageRegion, page: GreyImage): Box | undefined {
  const x = Math.max(0, Math.floor(region.x));
  const y = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(page.width, Math.ceil(region.x + region.width));
  const y1 = Math.min(page.height, Math.ceil(region.y + region.height));
  return x1 > x && y1 > y ? { x, y, width: x1 - x, height: y1 - y } : undefined;
}
