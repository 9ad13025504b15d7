import type { Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';
import { assertNonEmptyBitmap, assertPositive } from './assert-output';
import { formatNumber } from './format-number';
import { collectInkRects } from './ink-rects';

export interface SvgOptions {
  /** Physical label size: the SVG's width/height attributes, so it prints at the real size. */
  readonly widthMm: number;
  readonly heightMm: number;
  /** Paper colour drawn behind the ink, e.g. `#fff`; left out by default (transparent). */
  readonly background?: string;
  /** Ink colour (default `#000`). */
  readonly ink?: string;
}

/** Hex colours and plain colour names only: anything else could break out of the attribute. */
const SAFE_COLOUR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,20})$/;

/**
 * Encodes the label as an exact, crisp SVG: the 1-bit raster as merged rectangles in a viewBox of
 * dots, sized in mm. Same bitmap, same text, byte for byte.
 *
 * @example
 * const svg = encodeSvg(bitmap, { widthMm: 50, heightMm: 30 });
 */
export function encodeSvg(bmp: Bitmap1, options: SvgOptions): string {
  assertNonEmptyBitmap(bmp);
  assertPositive(options.widthMm, 'widthMm', 'SVG width in mm');
  assertPositive(options.heightMm, 'heightMm', 'SVG height in mm');
  const ink = checkColour(options.ink ?? '#000', 'ink');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${formatNumber(options.widthMm)}mm" height="${formatNumber(options.heightMm)}mm"` +
      ` viewBox="0 0 ${bmp.width} ${bmp.height}" shape-rendering="crispEdges">\n`,
  ];
  if (options.background !== undefined) {
    parts.push(`<rect width="${bmp.width}" height="${bmp.height}" fill="${checkColour(options.background, 'background')}"/>\n`);
  }
  parts.push(`<g fill="${ink}">\n`);
  for (const r of collectInkRects(bmp)) {
    parts.push(`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}"/>\n`);
  }
  parts.push('</g>\n</svg>\n');
  return parts.join('');
}

function checkColour(colour: string, path: string): string {
  if (!SAFE_COLOUR.test(colour)) {
    throw new InklessError('INKLESS_OUTPUT_BAD_OPTION', `colour "${colour}" is not a hex colour (#rgb, #rrggbb) or a colour name`, { path });
  }
  return colour;
}
