import { z } from 'zod';
import { InklessError } from '../errors/inkless-error';
import type { Issue } from '../errors/issue';
import { MAX_IMAGE_SRC_CHARS } from '../image/data-uri';
import { loadImage } from '../image/load-image';
import { DEFAULT_IMAGE_OPTIONS, renderImageInBox } from '../image/render-image';
import { elementBaseShape, type ElementBase } from './element-base';
import { defineElementKind } from './element-kind';

const level = (what: string) =>
  z.number({ error: `${what} must be a number from -100 to 100` }).finite().min(-100, `${what} must be -100 or more`).max(100, `${what} must be 100 or less`);

const imageSchema = z.strictObject({
  type: z.literal('image'),
  ...elementBaseShape,
  /** The picture as a base64 data URI (PNG or JPEG): documents stay self-contained and print anywhere. */
  src: z
    .string({ error: 'src must be a data URI such as data:image/png;base64,...' })
    .min(1, 'src must not be empty; choose an image')
    .max(MAX_IMAGE_SRC_CHARS, 'src is over 20 MB; scale the image down first'),
  fit: z.enum(['contain', 'cover', 'stretch'], { error: 'fit must be contain, cover or stretch' }).default(DEFAULT_IMAGE_OPTIONS.fit),
  dither: z
    .enum(['threshold', 'floyd-steinberg', 'atkinson', 'ordered'], { error: 'dither must be threshold, floyd-steinberg, atkinson or ordered' })
    .default(DEFAULT_IMAGE_OPTIONS.dither),
  /** Grey (0..255) below which a dot prints; with dithering it shifts the overall darkness. */
  threshold: z.number({ error: 'threshold must be a whole number from 0 to 255' }).int('threshold must be a whole number').min(0).max(255).default(DEFAULT_IMAGE_OPTIONS.threshold),
  brightness: level('brightness').default(DEFAULT_IMAGE_OPTIONS.brightness),
  contrast: level('contrast').default(DEFAULT_IMAGE_OPTIONS.contrast),
  /** Print a negative: dark parts blank, light parts inked. */
  invert: z.boolean().default(DEFAULT_IMAGE_OPTIONS.invert),
});

/** An image element: a PNG or JPEG fitted into its box and dithered to dots. */
export interface ImageElement extends ElementBase {
  readonly type: 'image';
  readonly src: string;
  readonly fit: 'contain' | 'cover' | 'stretch';
  readonly dither: 'threshold' | 'floyd-steinberg' | 'atkinson' | 'ordered';
  readonly threshold: number;
  readonly brightness: number;
  readonly contrast: number;
  readonly invert: boolean;
}

/**
 * The image element kind. `check` decodes the image (cached by src, so render does not decode
 * again) and reports a broken or oversized picture as an issue on `src`.
 */
export const imageElement = defineElementKind<ImageElement>({
  type: 'image',
  schema: imageSchema,
  templatedFields: [],
  check(element, _box, ctx): Issue[] {
    try {
      loadImage(element.src, `${ctx.path}.src`);
      return [];
    } catch (e) {
      if (e instanceof InklessError) return [...e.issues];
      throw e;
    }
  },
  render(element, box, ctx) {
    const image = loadImage(element.src, `${ctx.path}.src`);
    return renderImageInBox(image, box.widthDots, box.heightDots, element);
  },
});
