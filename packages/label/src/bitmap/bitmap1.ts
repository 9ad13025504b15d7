/**
 * The one raster type of Inkless: a 1-bit image, rows packed MSB-first, 1 = ink (black).
 * Drivers, previews and outputs all take a Bitmap1, never a canvas, so what you see is what prints.
 *
 * @example
 * const bmp = createBitmap(16, 8);
 * fillRect(bmp, 0, 0, 4, 8); // a 4-dot wide bar
 */
export interface Bitmap1 {
  readonly width: number;
  readonly height: number;
  /**
   * Bytes from one row to the next: ceil(width / 8), whose padding bits at the end of a row are
   * always 0; or, for a window onto a wider bitmap (bitmapWindow), that bitmap's stride, the bytes
   * past `width` belonging to it. Drawing functions touch only the dots [0, width) of each row.
   */
  readonly stride: number;
  readonly data: Uint8Array;
}

/** Largest bitmap the engine will allocate (dots); bigger requests are refused before allocation. */
export const MAX_BITMAP_DOTS = 16_000 * 16_000;

export function createBitmap(width: number, height: number): Bitmap1 {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`bitmap size must be whole non-negative dots, got ${width}x${height}`);
  }
  if (width * height > MAX_BITMAP_DOTS) {
    throw new RangeError(`bitmap of ${width}x${height} dots is over the ${MAX_BITMAP_DOTS} dot limit`);
  }
  const stride = (width + 7) >> 3;
  return { width, height, stride, data: new Uint8Array(stride * height) };
}

/**
 * A box of `bmp` as a bitmap of its own, sharing its bytes: what is drawn into the window lands on
 * `bmp` (at x, y) with no copy. The box must lie inside `bmp`, and x must be a multiple of 8 so its
 * dots start on a byte. Only drawing functions (the fills, blit, setPixel) may be given a window:
 * they stay inside [0, width) of each row; whole-bitmap helpers (rotate, encoders) may not.
 *
 * @example
 * renderInto(bitmapWindow(label, 40, 48, 718, 64)); // drawn straight onto the label
 */
export function bitmapWindow(bmp: Bitmap1, x: number, y: number, width: number, height: number): Bitmap1 {
  if (x % 8 !== 0 || x < 0 || y < 0 || width < 0 || height < 0 || x + width > bmp.width || y + height > bmp.height) {
    throw new RangeError(`a ${width}x${height} window at ${x},${y} does not fit the ${bmp.width}x${bmp.height} bitmap on a byte boundary`);
  }
  const start = y * bmp.stride + (x >> 3);
  return { width, height, stride: bmp.stride, data: bmp.data.subarray(start, Math.max(start, start + (height - 1) * bmp.stride + ((width + 7) >> 3))) };
}

export function getPixel(bmp: Bitmap1, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= bmp.width || y >= bmp.height) return false;
  return (bmp.data[y * bmp.stride + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
}

export function setPixel(bmp: Bitmap1, x: number, y: number, ink = true): void {
  if (x < 0 || y < 0 || x >= bmp.width || y >= bmp.height) return;
  const i = y * bmp.stride + (x >> 3);
  const mask = 0x80 >> (x & 7);
  if (ink) bmp.data[i]! |= mask;
  else bmp.data[i]! &= ~mask;
}

/** Bits [from, to) of one byte, MSB-first: the mask used by span fills. */
function spanMask(from: number, to: number): number {
  return (0xff >> from) & (0xff00 >> to) & 0xff;
}

/** Sets (or clears) the horizontal run [x0, x1) of row y; clipped to the bitmap. */
export function fillSpan(bmp: Bitmap1, y: number, x0: number, x1: number, ink = true): void {
  fillRect(bmp, x0, y, x1 - x0, 1, ink);
}

/**
 * Fills the rectangle [x, x+w) x [y, y+h) with ink (or clears it); clipped to the bitmap. The
 * edge masks are worked out once for all rows; whole bytes between them are set in a loop when
 * there are few (a QR module, a bar) and with `fill` when there are many.
 */
export function fillRect(bmp: Bitmap1, x: number, y: number, w: number, h: number, ink = true): void {
  const y0 = Math.max(0, y);
  const y1 = Math.min(bmp.height, y + h);
  const from = Math.max(0, x);
  const to = Math.min(bmp.width, x + w);
  if (to <= from || y1 <= y0) return;
  const { data, stride } = bmp;
  const b0 = from >> 3;
  const b1 = (to - 1) >> 3;
  if (b0 === b1) {
    const m = spanMask(from & 7, ((to - 1) & 7) + 1);
    for (let i = y0 * stride + b0, end = y1 * stride; i < end; i += stride) data[i] = ink ? data[i]! | m : data[i]! & ~m;
    return;
  }
  const first = spanMask(from & 7, 8);
  const last = spanMask(0, ((to - 1) & 7) + 1);
  const whole = ink ? 0xff : 0;
  for (let row = y0 * stride, end = y1 * stride; row < end; row += stride) {
    data[row + b0] = ink ? data[row + b0]! | first : data[row + b0]! & ~first;
    if (b1 - b0 > 16) data.fill(whole, row + b0 + 1, row + b1);
    else for (let i = row + b0 + 1; i < row + b1; i++) data[i] = whole;
    data[row + b1] = ink ? data[row + b1]! | last : data[row + b1]! & ~last;
  }
}

/**
 * Copies the bytes [fromByte, toByte) of row y0 into rows y0 + 1 .. y1 - 1 (clipped to the
 * bitmap): a row of bars or modules drawn once and repeated down, only over its own bytes, so a
 * window onto a wider bitmap keeps what lies beside it.
 */
export function repeatRowBytes(bmp: Bitmap1, y0: number, y1: number, fromByte: number, toByte: number): void {
  const from = y0 * bmp.stride;
  for (let y = y0 + 1; y < Math.min(y1, bmp.height); y++) bmp.data.copyWithin(y * bmp.stride + fromByte, from + fromByte, from + toByte);
}

/** Flips every dot of the rectangle (used for "inverse" elements). */
export function invertRect(bmp: Bitmap1, x: number, y: number, w: number, h: number): void {
  const x0 = Math.max(0, x);
  const x1 = Math.min(bmp.width, x + w);
  const y0 = Math.max(0, y);
  const y1 = Math.min(bmp.height, y + h);
  for (let row = y0; row < y1; row++) {
    for (let col = x0; col < x1; col++) {
      const i = row * bmp.stride + (col >> 3);
      bmp.data[i]! ^= 0x80 >> (col & 7);
    }
  }
}

/**
 * Copies `src` onto `dst` at (dx, dy). 'or' adds ink (the normal way elements stack);
 * 'replace' makes the source box opaque (inverse elements paint their own background).
 */
export function blit(dst: Bitmap1, src: Bitmap1, dx: number, dy: number, mode: 'or' | 'replace' = 'or'): void {
  const x0 = Math.max(0, dx);
  const x1 = Math.min(dst.width, dx + src.width);
  const y0 = Math.max(0, dy);
  const y1 = Math.min(dst.height, dy + src.height);
  if (x1 <= x0 || y1 <= y0) return;
  if (mode === 'replace') fillRect(dst, x0, y0, x1 - x0, y1 - y0, false);
  // Shifted byte copy: destination byte k takes the low bits of source byte k - 1 and the high bits
  // of source byte k. Source bits outside the visible part are masked off first, so nothing outside
  // [x0, x1) is touched; each destination byte is read and written once, and only when ink lands.
  const srcX0 = x0 - dx;
  const srcX1 = x1 - dx;
  const kFrom = srcX0 >> 3;
  const kTo = (srcX1 - 1) >> 3;
  const headMask = 0xff >> (srcX0 & 7);
  const tailMask = (0xff00 >> (((srcX1 - 1) & 7) + 1)) & 0xff;
  const shift = ((dx % 8) + 8) % 8;
  const back = 8 - shift; // 8 when unshifted: (b << 8) & 0xff is 0
  const baseByte = Math.floor(dx / 8);
  const dData = dst.data;
  const sData = src.data;
  for (let y = y0; y < y1; y++) {
    const s0 = (y - dy) * src.stride;
    const d0 = y * dst.stride + baseByte;
    let prev = sData[s0 + kFrom]! & headMask & (kFrom === kTo ? tailMask : 0xff);
    if (prev >> shift) dData[d0 + kFrom] = dData[d0 + kFrom]! | (prev >> shift);
    for (let k = kFrom + 1; k <= kTo; k++) {
      const b = k === kTo ? sData[s0 + k]! & tailMask : sData[s0 + k]!;
      const v = ((prev << back) & 0xff) | (b >> shift);
      if (v !== 0) dData[d0 + k] = dData[d0 + k]! | v;
      prev = b;
    }
    const spill = (prev << back) & 0xff;
    if (spill !== 0) dData[d0 + kTo + 1] = dData[d0 + kTo + 1]! | spill;
  }
}

/** Rotates clockwise by a multiple of 90 degrees, in the bitmap domain (no resampling). */
export function rotateBitmap(src: Bitmap1, degrees: 0 | 90 | 180 | 270): Bitmap1 {
  if (degrees === 0) return src;
  const swap = degrees !== 180;
  const out = createBitmap(swap ? src.height : src.width, swap ? src.width : src.height);
  for (let y = 0; y < src.height; y++) {
    const srow = y * src.stride;
    for (let x = 0; x < src.width; x++) {
      if (!(src.data[srow + (x >> 3)]! & (0x80 >> (x & 7)))) continue;
      let nx: number;
      let ny: number;
      if (degrees === 90) { nx = src.height - 1 - y; ny = x; }
      else if (degrees === 180) { nx = src.width - 1 - x; ny = src.height - 1 - y; }
      else { nx = y; ny = src.width - 1 - x; }
      out.data[ny * out.stride + (nx >> 3)]! |= 0x80 >> (nx & 7);
    }
  }
  return out;
}

/** Number of ink dots: handy in tests and for "is this label blank" checks. */
export function countInk(bmp: Bitmap1): number {
  let n = 0;
  for (const byte of bmp.data) {
    let b = byte;
    while (b) { b &= b - 1; n++; }
  }
  return n;
}

/**
 * A stable 64-bit FNV-1a digest of size and bits, as 16 hex chars. Pure integer math, so Node and
 * the browser give the same answer; used by the bit-identity tests.
 */
export function hashBitmap(bmp: Bitmap1): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bmp.width;
  const feed = (byte: number): void => {
    h1 = Math.imul(h1 ^ byte, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ byte ^ (h1 >>> 24), 0x5bd1e995) >>> 0;
  };
  for (const v of [bmp.width, bmp.height]) for (let s = 0; s < 32; s += 8) feed((v >>> s) & 0xff);
  for (const byte of bmp.data) feed(byte);
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** ASCII art (`#` ink, `.` blank) for small-bitmap snapshots in tests. */
export function toAscii(bmp: Bitmap1): string {
  const rows: string[] = [];
  for (let y = 0; y < bmp.height; y++) {
    let row = '';
    for (let x = 0; x < bmp.width; x++) row += getPixel(bmp, x, y) ? '#' : '.';
    rows.push(row);
  }
  return rows.join('\n');
}
