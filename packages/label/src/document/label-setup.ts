import { z } from 'zod';
import { MAX_LABEL_MM } from '../elements/element-base';

const positiveMm = (what: string) =>
  z.number({ error: `${what} must be a number of millimetres` }).finite().gt(0, `${what} must be more than 0 mm`).max(MAX_LABEL_MM, `${what} must be at most ${MAX_LABEL_MM} mm`);
const marginMm = z.number().finite().min(0, 'margins cannot be negative').max(100).default(0);

/** How the printer finds the start of each label. */
export const mediaSchema = z.strictObject({
  type: z.enum(['gap', 'mark', 'continuous'], { error: 'media.type must be "gap", "mark" or "continuous"' }).default('gap'),
  /** Gap between die-cut labels (gap media). */
  gapMm: z.number().finite().min(0).max(50).default(3),
  /** Height of the black mark on the back (mark media). */
  markMm: z.number().finite().min(0).max(50).default(3),
  /** Distance from the mark/gap to the label's top edge, for stocks whose sensor sits off the cut. */
  offsetMm: z.number().finite().min(-50).max(50).default(0),
});

/** The label as a piece of media: its size, resolution, orientation and the printable area. */
export const labelSetupSchema = z.strictObject({
  widthMm: positiveMm('widthMm'),
  /** For continuous media this is the length cut for each label. */
  heightMm: positiveMm('heightMm'),
  dpi: z.union([z.literal(203), z.literal(300), z.literal(600)], { error: 'dpi must be 203, 300 or 600' }).default(203),
  /** Turns the finished label on the media (clockwise degrees), e.g. to feed a wide label sideways. */
  orientation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)], { error: 'orientation must be 0, 90, 180 or 270' }).default(0),
  /** Space at each edge the printer cannot or should not print; ink there is cut off. */
  marginsMm: z.strictObject({ top: marginMm, right: marginMm, bottom: marginMm, left: marginMm }).default({ top: 0, right: 0, bottom: 0, left: 0 }),
  media: mediaSchema.default({ type: 'gap', gapMm: 3, markMm: 3, offsetMm: 0 }),
  /** Id of the label-stock preset this setup came from (informative; sizes above rule). */
  stock: z.string().max(100).optional(),
});

export type LabelSetup = z.output<typeof labelSetupSchema>;
export type Media = z.output<typeof mediaSchema>;
