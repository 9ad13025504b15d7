import type { decodeImageBytes } from '@inkless/label';

/** An 8-bit luminance image (0 = black, 255 = white), the engine's own picture type. */
export type GreyImage = ReturnType<typeof decodeImageBytes>;

/** Luminance x 256 from 8-bit RGB, the same integer weights as the engine (Rec. 601). */
export function weighLuminance(r: number, g: number, b: number): number {
  return 77 * r + 150 * g + 29 * b;
}

/** A pixel (luminance x 256, alpha 0..255) laid over white paper, as the engine does it: transparent prints nothing. */
export function compositeOverWhite(lum256: number, alpha: number): number {
  if (alpha === 255) return (lum256 + 128) >> 8;
  return Math.floor((lum256 * alpha + 65280 * (255 - alpha) + 32640) / 65280);
}

/** RGBA bytes (straight alpha) to luminance over white. */
export function rgbaToGrey(rgba: ArrayLike<number>, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < data.length; p++, i += 4) {
    data[p] = compositeOverWhite(weighLuminance(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!), rgba[i + 3]!);
  }
  return { width, height, data };
}
