import { z } from 'zod';
import { mmToDots } from '../units';
import { elementBaseShape, type ElementBase } from './element-base';
import { defineElementKind } from './element-kind';
import { drawRing, roundedRectInterval } from './shape-spans';

export interface RectElement extends ElementBase {
  readonly type: 'rect';
  readonly strokeMm: number;
  readonly fill: boolean;
  readonly cornerRadiusMm: number;
}

/** A rectangle or rounded box: borders, frames, filled bands behind inverse text. */
export const rectElement = defineElementKind<RectElement>({
  type: 'rect',
  schema: z.strictObject({
    type: z.literal('rect'),
    ...elementBaseShape,
    strokeMm: z.number().finite().min(0).max(100).default(0.5),
    fill: z.boolean().default(false),
    cornerRadiusMm: z.number().finite().min(0).max(1000).default(0),
  }),
  templatedFields: [],
  render(el, box, ctx) {
    const { widthDots: w, heightDots: h } = box;
    const r = mmToDots(el.cornerRadiusMm, ctx.dpi);
    const outer = roundedRectInterval(0, 0, w, h, r);
    const stroke = el.strokeMm > 0 ? Math.max(1, mmToDots(el.strokeMm, ctx.dpi)) : 0;
    if (el.fill || stroke * 2 >= Math.min(w, h)) return drawRing(w, h, outer, null);
    return drawRing(w, h, outer, roundedRectInterval(stroke, stroke, w - stroke, h - stroke, Math.max(0, r - stroke)));
  },
});
