import { dotsToMm, type Bitmap1, type LabelElement } from '@inkless/label';

/** ZPL orientation letters (N normal, R 90° clockwise, I 180°, B 270°) as element rotations. */
export type ZplRotation = 0 | 90 | 180 | 270;

export function parseOrientation(letter: string | undefined, fallback: ZplRotation): ZplRotation {
  switch (letter?.[0]?.toUpperCase()) {
    case 'N': return 0;
    case 'R': return 90;
    case 'I': return 180;
    case 'B': return 270;
    default: return fallback;
  }
}

/** A box in dots as the base fields of an element, in mm at `dpi` (exact: mm x dpi / 25.4 gives the dots back). */
export function boxMm(xDots: number, yDots: number, widthDots: number, heightDots: number, dpi: number, rotation: ZplRotation = 0) {
  return {
    xMm: dotsToMm(xDots, dpi),
    yMm: dotsToMm(yDots, dpi),
    widthMm: dotsToMm(Math.max(1, widthDots), dpi),
    heightMm: dotsToMm(Math.max(1, heightDots), dpi),
    rotation,
    inverse: false,
  };
}

/** A graphic (^GF, ^XG) placed on the label: its dots, already magnified, and where its top-left dot lands. */
export interface ZplPlacedGraphic {
  readonly bitmap: Bitmap1;
  readonly xDots: number;
  readonly yDots: number;
}

/**
 * What a field puts on the label: a document element, or a graphic whose dots go on the label as
 * they are (its image element, a PNG, is made only when the document is asked for).
 */
export type ZplContent = { readonly element: LabelElement } | { readonly graphic: ZplPlacedGraphic };

/** A field the interpreter made, with what the bitmap needs beyond the document. */
export type ZplElement = ZplContent & {
  /** ^FR: the field reverses what is under it (black becomes white) instead of drawing black. */
  readonly reverse: boolean;
};
