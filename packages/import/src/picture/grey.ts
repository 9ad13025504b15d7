import { compositeOverWhite, weighLuminance, type GreyImage } from '@inkless/label';

export type { GreyImage };
export { compositeOverWhite, weighLuminance };

/** RGBA bytes (straight alpha) to luminance over white, as the engine lays pictures on paper. */
export function rgbaToGrey(rgba: ArrayLike<number>, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < data.length; p++, i += 4) {
    data[p] = compositeOverWhite(weighLuminance(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!), rgba[i + 3]!);
  }
  return { width, height, data };
}
