import { z } from 'zod';
import { createBitmap, fillRect } from '../bitmap/bitmap1';
import { mmToDots } from '../units';
import { elementBaseShape, type ElementBase } from './element-base';
import { defineElementKind } from './element-kind';
import { convexPolygonInterval, drawRing } from './shape-spans';

export interface LineElement extends ElementBase {
  readonly type: 'line';
  readonly direction: 'horizontal' | 'vertical' | 'down' | 'up';
  readonly thicknessMm: number;
}

/**
 * A straight line across its box: horizontal and vertical lines are centred bands; "down" runs
 * from top-left to bottom-right and "up" from bottom-left to top-right.
 */
export const lineElement = defineElementKind<LineElement>({
  type: 'line',
  schema: z.strictObject({
    type: z.literal('line'),
    ...elementBaseShape,
    direction: z.enum(['horizontal', 'vertical', 'down', 'up']).default('horizontal'),
    thicknessMm: z.number().finite().gt(0).max(100).default(0.5),
  }),
  templatedFields: [],
  render(el, box, ctx) {
    const { widthDots: w, heightDots: h } = box;
    const t = Math.max(1, mmToDots(el.thicknessMm, ctx.dpi));
    if (el.direction === 'horizontal' || el.direction === 'vertical') {
      const bmp = createBitmap(w, h);
      if (el.direction === 'horizontal') fillRect(bmp, 0, Math.floor((h - t) / 2), w, Math.min(t, h));
      else fillRect(bmp, Math.floor((w - t) / 2), 0, Math.min(t, w), h);
      return bmp;
    }
    const [ax, ay, bx, by] = el.direction === 'down' ? [0, 0, w, h] : [0, h, w, 0];
    const len = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
    const nx = (-(by - ay) / len) * (t / 2);
    const ny = ((bx - ax) / len) * (t / 2);
    const quad = [[ax + nx, ay + ny], [bx + nx, by + ny], [bx - nx, by - ny], [ax - nx, ay - ny]] as const;
    return drawRing(w, h, convexPolygonInterval(quad), null);
  },
});
