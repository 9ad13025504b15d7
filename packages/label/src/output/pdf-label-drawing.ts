import type { Bitmap1 } from '../bitmap/bitmap1';
import { deflateBytes } from './deflate';
import { collectInkRects } from './ink-rects';

/** Vector rectangles stay crisp at any zoom; an image mask keeps photo-like labels small. */
export type PdfLabelMode = 'auto' | 'vector' | 'image';

/** Above this many rectangles (dithered photos, noise) 'auto' draws the label as a 1-bit image mask. */
export const MAX_VECTOR_RECTS = 20_000;

/** Rectangles per fill operator: keeps single paths short for viewers with path limits. */
const RECTS_PER_FILL = 500;

/** The drawing of one label in "dot space": origin top-left, y down, one unit per dot. */
export interface LabelDrawing {
  readonly kind: 'vector' | 'image';
  /** Content-stream operators; an image drawing paints the XObject named `imageName`. */
  readonly ops: string;
  /** For 'image': the Flate-compressed mask samples (rows MSB-first, 1 = ink), a stream's data. */
  readonly maskData?: Uint8Array;
  readonly rectCount: number;
}

/** How far each rectangle's edges are pulled in, in dots (see drawLabel). */
const RECT_INSET = 0.01;
const inset = (v: number): string => String(Math.round((v + RECT_INSET) * 100) / 100);
const shrink = (v: number): string => String(Math.round((v - 2 * RECT_INSET) * 100) / 100);

/**
 * Draws a bitmap as PDF operators: merged ink rectangles (`x y w h re`, filled black), or when
 * there are more than MAX_VECTOR_RECTS, one image mask. The caller maps dot space onto the page.
 */
export function drawLabel(bmp: Bitmap1, mode: PdfLabelMode, imageName: string): LabelDrawing {
  if (mode !== 'image') {
    const rects = collectInkRects(bmp);
    if (mode === 'vector' || rects.length <= MAX_VECTOR_RECTS) {
      const lines = ['0 g'];
      rects.forEach((r, i) => {
        // PDF's non-antialiased fill paints every pixel a shape touches (ISO 32000-1, 10.6.5), so a
        // rect exactly on dot edges would grow a dot on each side when printed at 1:1. Pulling the
        // edges in by 1/100 dot keeps them inside their dots; antialiased viewers cannot see it.
        lines.push(`${inset(r.x)} ${inset(r.y)} ${shrink(r.w)} ${shrink(r.h)} re`);
        if ((i + 1) % RECTS_PER_FILL === 0 || i === rects.length - 1) lines.push('f');
      });
      return { kind: 'vector', ops: `${lines.join('\n')}\n`, rectCount: rects.length };
    }
  }
  // The image's first row sits at v = 1 of the unit square; [w 0 0 -h 0 h] puts it at dot row 0.
  const ops = `0 g\nq ${bmp.width} 0 0 -${bmp.height} 0 ${bmp.height} cm /${imageName} Do Q\n`;
  return { kind: 'image', ops, maskData: deflateBytes(bmp.data), rectCount: 0 };
}

/**
 * The dictionary of a 1-bit image mask stream: sample 1 (ink) paints in the current fill colour,
 * hence /Decode [1 0] (the default [0 1] would paint the 0s). No /Interpolate: dots stay square.
 */
export function describeImageMask(bmp: Bitmap1): string {
  return `/Type /XObject /Subtype /Image /Width ${bmp.width} /Height ${bmp.height} /ImageMask true /BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode`;
}
