import { createBitmap, setPixel, getPixel, type Bitmap1 } from '@inkless/label';

/** BITMAP modes from the manual: 0 OVERWRITE, 1 OR, 2 XOR. */
export type TsplDrawMode = 0 | 1 | 2;

/**
 * Draws a TSPL BITMAP payload onto a canvas. TSPL polarity is reversed: a 0 bit BURNS a dot, a 1
 * bit is blank. Bits are MSB-first (bit 7 = leftmost dot). Overwrite also clears dots under 1 bits;
 * OR only adds ink; XOR flips the dots under 0 bits. Dots outside the canvas are dropped.
 */
export function applyTsplBitmap(canvas: Bitmap1, data: Uint8Array, at: { x: number; y: number; widthBytes: number; height: number; mode: TsplDrawMode }): void {
  if (at.mode === 0 && at.x >= 0 && (at.x & 7) === 0) return overwriteAligned(canvas, data, at);
  for (let row = 0; row < at.height; row++) {
    const y = at.y + row;
    if (y < 0 || y >= canvas.height) continue;
    for (let col = 0; col < at.widthBytes * 8; col++) {
      const x = at.x + col;
      if (x < 0 || x >= canvas.width) continue;
      const burn = (data[row * at.widthBytes + (col >> 3)]! & (0x80 >> (col & 7))) === 0;
      if (at.mode === 0) setPixel(canvas, x, y, burn);
      else if (at.mode === 1) { if (burn) setPixel(canvas, x, y, true); }
      else if (burn) setPixel(canvas, x, y, !getPixel(canvas, x, y));
    }
  }
}

/**
 * Overwrite at a byte-aligned x (what drivers send): each payload byte, inverted, is a canvas byte;
 * the canvas's last byte keeps its padding bits clear.
 */
function overwriteAligned(canvas: Bitmap1, data: Uint8Array, at: { x: number; y: number; widthBytes: number; height: number }): void {
  const firstByte = at.x >> 3;
  const bytes = Math.min(at.widthBytes, canvas.stride - firstByte);
  if (bytes <= 0) return;
  const widthDots = canvas.width - 8 * firstByte; // dots of the canvas from the first byte on
  const lastMask = bytes * 8 > widthDots ? (0xff00 >> (widthDots - 8 * (bytes - 1))) & 0xff : 0xff;
  for (let row = 0; row < at.height; row++) {
    const y = at.y + row;
    if (y < 0 || y >= canvas.height) continue;
    const src = row * at.widthBytes;
    const dst = y * canvas.stride + firstByte;
    for (let b = 0; b < bytes - 1; b++) canvas.data[dst + b] = ~data[src + b]! & 0xff;
    canvas.data[dst + bytes - 1] = ~data[src + bytes - 1]! & lastMask;
  }
}

/**
 * A TSPL length in dots: `12.5 mm`, `100 dot`, or a bare number in inches (the manual's default
 * unit for SIZE and GAP). Undefined when it is none of those.
 */
export function parseTsplLength(text: string, dpi: number): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(mm|dot)?$/i.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === 'dot') return Math.round(value);
  return Math.round(unit === 'mm' ? (value * dpi) / 25.4 : value * dpi);
}

/** Left-right mirror image (DIRECTION n,1). */
export function mirrorBitmap(src: Bitmap1): Bitmap1 {
  const out = createBitmap(src.width, src.height);
  for (let y = 0; y < src.height; y++) for (let x = 0; x < src.width; x++) if (getPixel(src, x, y)) setPixel(out, src.width - 1 - x, y);
  return out;
}
