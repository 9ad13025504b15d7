/** Units are explicit in names and types: a mix-up of mm and dots prints the wrong size. */
export type Mm = number & { readonly __unit?: 'mm' };
export type Dots = number & { readonly __unit?: 'dots' };

export const MM_PER_INCH = 25.4;
export const POINTS_PER_INCH = 72;

/** The printer resolutions Inkless supports. */
export const SUPPORTED_DPI = [203, 300, 600] as const;
export type Dpi = (typeof SUPPORTED_DPI)[number];

/** Millimetres to whole dots at `dpi`, rounding to the nearest dot. */
export function mmToDots(mm: Mm, dpi: number): Dots {
  return Math.round((mm * dpi) / MM_PER_INCH);
}

export function dotsToMm(dots: Dots, dpi: number): Mm {
  return (dots * MM_PER_INCH) / dpi;
}

/** Typographic points (1/72 in) to dots. Not rounded: text layout keeps the fraction. */
export function ptToDots(pt: number, dpi: number): number {
  return (pt * dpi) / POINTS_PER_INCH;
}
