/** An 8-bit luminance image, 0 = black, 255 = white: what every decoded picture becomes. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  /** One byte per pixel, rows top to bottom, no padding. */
  readonly data: Uint8Array;
}

/** Luminance x 256 from 8-bit RGB with integer weights (Rec. 601: 0.30, 0.59, 0.11), so all hosts agree. */
export function weighLuminance(r: number, g: number, b: number): number {
  return 77 * r + 150 * g + 29 * b;
}

/**
 * Lays a pixel (luminance x 256, alpha 0..255) over white paper and rounds to 8 bits: thermal labels
 * are white, so transparent parts must print nothing.
 */
export function compositeOverWhite(lum256: number, alpha: number): number {
  if (alpha === 255) return (lum256 + 128) >> 8;
  return Math.floor((lum256 * alpha + 65280 * (255 - alpha) + 32640) / 65280);
}

export function createGreyImage(width: number, height: number, fill = 255): GreyImage {
  return { width, height, data: new Uint8Array(width * height).fill(fill) };
}
