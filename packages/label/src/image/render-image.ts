import { blit, createBitmap, type Bitmap1 } from '../bitmap/bitmap1';
import { ditherGrey, type DitherMethod } from './dither';
import { fitImage, type ImageFit } from './fit-image';
import type { GreyImage } from './grey-image';
import { resampleGrey } from './resample';
import { buildToneTable, isIdentityTone, type ToneOptions } from './tone';

/** Everything that decides how a decoded image turns into dots. */
export interface ImageRenderOptions extends ToneOptions {
  readonly fit: ImageFit;
  readonly dither: DitherMethod;
  /** 0..255: grey below which a dot is inked (threshold), or the darkness shift (dithering). */
  readonly threshold: number;
}

/** Defaults of the image element, also used by callers that render images directly. */
export const DEFAULT_IMAGE_OPTIONS: ImageRenderOptions = {
  fit: 'contain',
  dither: 'floyd-steinberg',
  threshold: 128,
  brightness: 0,
  contrast: 0,
  invert: false,
};

/**
 * Draws a decoded image into a box of `widthDots` x `heightDots`: fit, scale, adjust tone, dither.
 * Areas of the box the image does not cover stay blank.
 *
 * @example
 * const bmp = renderImageInBox(loadImage(src), 400, 240, { ...DEFAULT_IMAGE_OPTIONS, dither: 'atkinson' });
 */
export function renderImageInBox(image: GreyImage, widthDots: number, heightDots: number, options: ImageRenderOptions): Bitmap1 {
  const box = createBitmap(widthDots, heightDots);
  if (widthDots === 0 || heightDots === 0 || image.width === 0 || image.height === 0) return box;
  const place = fitImage(image.width, image.height, widthDots, heightDots, options.fit);
  const scaled = resampleGrey(image, place.source, place.widthDots, place.heightDots);
  if (!isIdentityTone(options)) {
    const table = buildToneTable(options);
    const d = scaled.data;
    for (let i = 0; i < d.length; i++) d[i] = table[d[i]!]!;
  }
  const dots = ditherGrey(scaled, options.dither, options.threshold);
  if (place.xDots === 0 && place.yDots === 0 && dots.width === widthDots && dots.height === heightDots) return dots;
  blit(box, dots, place.xDots, place.yDots);
  return box;
}
