// PLACEHOLDER owned by the text helper: the signature is the contract; the body is replaced.
import { createBitmap, type Bitmap1 } from '../bitmap/bitmap1';
import type { FontSet } from './font-set';

export interface TextBlockOptions {
  readonly text: string;
  readonly family: string;
  /** Font size in dots (em height): pt * dpi / 72. */
  readonly sizeDots: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  readonly valign?: 'top' | 'middle' | 'bottom';
  /** Break lines at spaces (and between CJK characters) to fit widthDots. */
  readonly wrap?: boolean;
  /** Reduce the size (down to minSizeDots) until the text fits the box. */
  readonly shrinkToFit?: boolean;
  readonly minSizeDots?: number;
  /** Line height as a multiple of the font size (1.2 default). */
  readonly lineSpacing?: number;
  readonly widthDots: number;
  readonly heightDots: number;
}

export interface TextBlockResult {
  readonly bitmap: Bitmap1;
  /** True when some text did not fit and was clipped. */
  readonly overflow: boolean;
  /** The size actually used (after shrinking). */
  readonly sizeDots: number;
}

export function renderTextBlock(_fonts: FontSet, options: TextBlockOptions): TextBlockResult {
  return { bitmap: createBitmap(options.widthDots, options.heightDots), overflow: false, sizeDots: options.sizeDots };
}
