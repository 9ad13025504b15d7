import type { SourceRect } from './resample';

/** How an image fills its box: whole and centred, cropped to fill, or distorted to fill. */
export type ImageFit = 'contain' | 'cover' | 'stretch';

/** Where the scaled image lands in the box (dots) and which part of the source it shows. */
export interface ImagePlacement {
  readonly source: SourceRect;
  readonly xDots: number;
  readonly yDots: number;
  readonly widthDots: number;
  readonly heightDots: number;
}

/**
 * Works out the placement of a `width` x `height` image in a box. 'contain' keeps the aspect and
 * centres the image (blank margins); 'cover' keeps the aspect and crops the centre; 'stretch' does not
 * keep the aspect.
 */
export function fitImage(width: number, height: number, boxWidth: number, boxHeight: number, fit: ImageFit): ImagePlacement {
  const whole: SourceRect = { x: 0, y: 0, width, height };
  if (fit === 'stretch') return { source: whole, xDots: 0, yDots: 0, widthDots: boxWidth, heightDots: boxHeight };
  if (fit === 'cover') {
    const scale = Math.max(boxWidth / width, boxHeight / height);
    const sw = Math.min(width, boxWidth / scale);
    const sh = Math.min(height, boxHeight / scale);
    const source = { x: (width - sw) / 2, y: (height - sh) / 2, width: sw, height: sh };
    return { source, xDots: 0, yDots: 0, widthDots: boxWidth, heightDots: boxHeight };
  }
  // Only 'contain' is left; the annotation makes a new ImageFit fail to compile until handled above.
  const _contain: 'contain' = fit;
  const scale = Math.min(boxWidth / width, boxHeight / height);
  const w = Math.min(boxWidth, Math.max(1, Math.round(width * scale)));
  const h = Math.min(boxHeight, Math.max(1, Math.round(height * scale)));
  return { source: whole, xDots: (boxWidth - w) >> 1, yDots: (boxHeight - h) >> 1, widthDots: w, heightDots: h };
}
