import type { FontSet } from '../text/font-set';

/** Human-readable text under a symbol: which fonts, which family, how big. */
export interface HrtStyle {
  readonly fonts: FontSet;
  readonly family: string;
  /** Font size in dots (em height). */
  readonly sizeDots: number;
}

/** How to turn modules into dots. Everything is whole dots: no resampling, no dithering. */
export interface RasterizeOptions {
  /** Narrow module (linear) or module square side (2D) in dots: an integer >= 1. */
  readonly moduleDots: number;
  /** Height of the bars of a linear symbol in dots, without text. Default 50 modules. */
  readonly barHeightDots?: number;
  /** Wide:narrow ratio of two-width symbologies (2..3); wide = round(ratio * moduleDots). Default 2.5. */
  readonly ratio?: number;
  /** Draw the human-readable text below when given and the symbol has text. */
  readonly hrt?: HrtStyle;
  /** Text under a 2D symbol (linear symbols carry their own `hrt`). */
  readonly hrtText?: string;
}

/** Dots of a run: two-width runs are narrow (1) or wide. */
export function wideDots(moduleDots: number, ratio: number): number {
  return Math.round(ratio * moduleDots);
}
