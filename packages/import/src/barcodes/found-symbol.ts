import type { GreyImage } from '../picture/grey';

/** One symbol a decoder read, and where. */
export interface FoundSymbol {
  /** ZXing's format name: Code128, QRCode, PDF417, ... */
  readonly format: string;
  readonly text: string;
  /** pixels of the image it was found in */
  readonly box: { x: number; y: number; width: number; height: number };
}

/**
 * A barcode reader: Node passes ZXing loaded from its package file, the studio its browser build.
 * `formats` (ZXing's names, as `FoundSymbol.format`), when given, are the only ones looked for.
 */
export type DecodeSymbols = (image: GreyImage, formats?: readonly string[]) => Promise<FoundSymbol[]>;

/** Linear symbologies whose bars and spaces are whole modules wide: the ones snapping can redraw. */
const SNAPPABLE = /^(code-?128|code-?39|code-?93|codabar|ean-?13|ean-?8|itf|upc-?a|upc-?e)$/i;

export function isSnappableLinear(format: string): boolean {
  return SNAPPABLE.test(format);
}
