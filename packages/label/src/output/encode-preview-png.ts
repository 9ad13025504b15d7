import type { Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';
import { assertNonEmptyBitmap } from './assert-output';
import { writeGreyscalePng } from './png-writer';

/** Grey levels (0 = black, 255 = white) of the preview; soft tones are easier on the eye than pure black on white. */
export interface PreviewPalette {
  /** The label's surface. */
  readonly paper: number;
  /** Printed dots. */
  readonly ink: number;
  /** The one-pixel line just outside the label edge. */
  readonly outline: number;
  /** Around the label, so its edge is visible on a white page. */
  readonly backdrop: number;
}

export const DEFAULT_PREVIEW_PALETTE: PreviewPalette = { paper: 0xf7, ink: 0x1c, outline: 0x9a, backdrop: 0xe4 };

export interface PreviewPngOptions {
  /** Whole pixels per dot, 1..16 (default 1): integer so bars stay crisp. */
  readonly scale?: number;
  /** Backdrop pixels around the label (default 2 x scale); 0 leaves out backdrop and outline. */
  readonly marginPx?: number;
  readonly palette?: Partial<PreviewPalette>;
  readonly dpi?: number;
}

export const MAX_PREVIEW_SCALE = 16;

/**
 * Encodes an 8-bit greyscale picture of the label for people to look at: scaled up by a whole
 * factor, on off-white paper with a thin outline. Not for printing; use encodePng1 for that.
 *
 * @example
 * const png = encodePreviewPng(bitmap, { scale: 3 });
 */
export function encodePreviewPng(bmp: Bitmap1, options: PreviewPngOptions = {}): Uint8Array {
  assertNonEmptyBitmap(bmp);
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_PREVIEW_SCALE) {
    throw new InklessError('INKLESS_OUTPUT_BAD_SIZE', `preview scale must be a whole number from 1 to ${MAX_PREVIEW_SCALE}, got ${scale}`, { path: 'scale' });
  }
  const margin = options.marginPx ?? 2 * scale;
  if (!Number.isInteger(margin) || margin < 0 || margin > 1000) {
    throw new InklessError('INKLESS_OUTPUT_BAD_SIZE', `preview margin must be whole pixels from 0 to 1000, got ${margin}`, { path: 'marginPx' });
  }
  const palette = { ...DEFAULT_PREVIEW_PALETTE, ...options.palette };
  for (const [name, level] of Object.entries(palette)) {
    if (!Number.isInteger(level) || level < 0 || level > 255) {
      throw new InklessError('INKLESS_OUTPUT_BAD_OPTION', `preview ${name} must be a grey level from 0 to 255, got ${level}`, { path: `palette.${name}` });
    }
  }
  const width = bmp.width * scale + 2 * margin;
  const height = bmp.height * scale + 2 * margin;
  const rows = new Uint8Array(width * height).fill(palette.backdrop);
  if (margin > 0) {
    // Outline: the ring of pixels right around the label area.
    fillBox(rows, width, margin - 1, margin - 1, bmp.width * scale + 2, bmp.height * scale + 2, palette.outline);
  }
  const line = new Uint8Array(bmp.width * scale);
  for (let y = 0; y < bmp.height; y++) {
    const src = y * bmp.stride;
    for (let x = 0; x < bmp.width; x++) {
      const ink = (bmp.data[src + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
      line.fill(ink ? palette.ink : palette.paper, x * scale, (x + 1) * scale);
    }
    for (let k = 0; k < scale; k++) rows.set(line, (margin + y * scale + k) * width + margin);
  }
  return writeGreyscalePng({ width, height, bitDepth: 8, rowBytes: width, rows, dpi: options.dpi === undefined ? undefined : options.dpi * scale });
}

function fillBox(rows: Uint8Array, stride: number, x: number, y: number, w: number, h: number, value: number): void {
  for (let row = y; row < y + h; row++) rows.fill(value, row * stride + x, row * stride + x + w);
}
