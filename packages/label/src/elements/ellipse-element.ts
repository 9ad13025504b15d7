import { z } from 'zod';
import { mmToDots } from '../units';
import { elementBaseShape, type ElementBase } from './element-base';
import { defineElementKind } from './element-kind';
import { drawRing, ellipseInterval } from './shape-spans';

export interface EllipseElement extends ElementBase {
  readonly type: 'ellipse';
  readonly strokeMm: number;
  readonly fill: boolean;
}

/** An ellipse (a circle in a square box): outlined or filled. */
export const ellipseElement = defineElementKind<EllipseElement>({
  type: 'ellipse',
  schema: z.strictObject({
    type: z.literal('ellipse'),
    ...elementBaseShape,
    strokeMm: z.number().finite().min(0).max(100).default(0.5),
    fill: z.boolean().default(false),
  }),
  templatedFields: [],
  render(el, box, ctx) {
    const { widthDots: w, heightDots: h } = box;
    const outer = ellipseInterval(w / 2, h / 2, w / 2, h / 2);
    const stroke = el.strokeMm > 0 ? Math.max(1, mmToDots(el.strokeMm, ctx.dpi)) : 0;
    if (el.fill || stroke * 2 >= Math.min(w, h)) return drawRing(w, h, outer, null);
    return drawRing(w, h, outer, ellipseInterval(w / 2, h / 2, w / 2 - stroke, h / 2 - stroke));
  },
});
