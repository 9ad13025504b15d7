import { z } from 'zod';
import { renderTextBlock } from '../text/text-block';
import { ptToDots } from '../units';
import { elementBaseShape, type ElementBase } from './element-base';
import { defineElementKind } from './element-kind';
import { checkFontFamily, fontFieldsShape, type FontFields } from '../text/font-fields';

export interface TextElement extends ElementBase, FontFields {
  readonly type: 'text';
  readonly text: string;
  readonly align: 'left' | 'center' | 'right' | 'justify';
  readonly verticalAlign: 'top' | 'middle' | 'bottom';
  readonly wrap: boolean;
  readonly shrinkToFit: boolean;
  readonly lineSpacing: number;
}

/** A block of text in a box: wrapped, aligned, optionally shrunk to fit; may hold {{variables}}. */
export const textElement = defineElementKind<TextElement>({
  type: 'text',
  schema: z.strictObject({
    type: z.literal('text'),
    ...elementBaseShape,
    text: z.string().max(10_000, 'text must be at most 10,000 characters'),
    ...fontFieldsShape,
    align: z.enum(['left', 'center', 'right', 'justify']).default('left'),
    verticalAlign: z.enum(['top', 'middle', 'bottom']).default('top'),
    /** Break long lines at spaces (and between CJK characters). */
    wrap: z.boolean().default(true),
    /** Make the text smaller (down to 6 dots) rather than clip it. */
    shrinkToFit: z.boolean().default(false),
    lineSpacing: z.number().finite().min(0.5).max(4).default(1.2),
  }),
  templatedFields: ['text'],
  check(el, _box, ctx) {
    return checkFontFamily(ctx.fonts, el.fontFamily, ctx.path);
  },
  drawsInto: true,
  render(el, box, ctx, into) {
    const result = renderTextBlock(ctx.fonts, {
      text: el.text,
      family: el.fontFamily,
      sizeDots: ptToDots(el.fontSizePt, ctx.dpi),
      bold: el.bold,
      italic: el.italic,
      align: el.align,
      valign: el.verticalAlign,
      wrap: el.wrap,
      shrinkToFit: el.shrinkToFit,
      lineSpacing: el.lineSpacing,
      widthDots: box.widthDots,
      heightDots: box.heightDots,
    }, into);
    if (result.overflow) {
      ctx.warn({ code: 'INKLESS_RENDER_CLIPPED', path: `${ctx.path}.text`, message: `the text does not fit its ${box.widthDots}x${box.heightDots}-dot box and was clipped; enlarge the box, use a smaller size or turn on shrinkToFit` });
    }
    return result.bitmap;
  },
});
