import { z } from 'zod';

/** Sizes above this (mm) are refused: no thermal or sheet label is 2 m long. */
export const MAX_LABEL_MM = 2000;

const mm = (what: string) => z.number({ error: `${what} must be a number of millimetres` }).finite().min(-MAX_LABEL_MM).max(MAX_LABEL_MM);
const size = (what: string) => z.number({ error: `${what} must be a number of millimetres` }).finite().gt(0, `${what} must be more than 0 mm`).max(MAX_LABEL_MM);

/**
 * Fields every element has. x/y/width/height is the box on the label as you look at it; a rotated
 * element lays its content out in the box turned by `rotation`, so the box never moves.
 */
export const elementBaseShape = {
  /** Stable id, so editors and error messages can point at an element that moved in the list. */
  id: z.string().max(100).optional(),
  /** A name for the layers list; not printed. */
  name: z.string().max(200).optional(),
  xMm: mm('xMm'),
  yMm: mm('yMm'),
  widthMm: size('widthMm'),
  heightMm: size('heightMm'),
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)], { error: 'rotation must be 0, 90, 180 or 270' }).default(0),
  /** White on black: the element's box is filled and its content knocked out. */
  inverse: z.boolean().default(false),
} as const;

export interface ElementBase {
  readonly type: string;
  readonly id?: string;
  readonly name?: string;
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly rotation: 0 | 90 | 180 | 270;
  readonly inverse: boolean;
}
