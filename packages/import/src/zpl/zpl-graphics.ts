// ZPL graphic fields as Inkless elements (ZPL II guide):
//   ^GBw,h,t,c,r  box (t border thickness; w or h below t is raised to t; r corner rounding 0..8)
//   ^GCd,t,c      circle of diameter d      ^GEw,h,t,c  ellipse
//   ^GDw,h,t,c,o  diagonal line in a w x h box; o = R leans right (/), L leans left (\)
//   ^GFa,b,c,d,data  graphic: a = A (hex, ACS compressed, :Z64:/:B64:), b = bytes sent,
//                   c = bytes of the bitmap, d = bytes per row
//   ~DGd:name.GRF,t,w,data  store a graphic (t bytes, w bytes per row); ^XGd:name.GRF,mx,my recalls it
import { createBitmap, InklessError, type Bitmap1, type LabelElement } from '@inkless/label';
import { encodePng1 } from '@inkless/label/output';
import { decodeGraphicData } from '@inkless/printers';
import { encodeBase64 } from './zpl-bytes';
import { intParam } from './zpl-field-data';
import { boxMm, type ZplContent, type ZplPlacedGraphic } from './zpl-geometry';
import { zplLimits } from './zpl-limits';

/** A graphic as the printer holds it: rows of bytes, 1 = black, MSB = left. */
export interface ZplGraphic {
  readonly bytesPerRow: number;
  readonly rows: number;
  readonly data: Uint8Array;
}

type Params = readonly (string | undefined)[];

/** c = B (black) or W (white); white shapes can only be said by the document as approximations. */
export function isWhite(color: string | undefined): boolean {
  return color?.[0]?.toUpperCase() === 'W';
}

export function boxElement(p: Params, x: number, y: number, dpi: number): LabelElement {
  const t = intParam(p[2], 1, 1, 32_000);
  const w = Math.max(t, intParam(p[0], 1, 1, 32_000));
  const h = Math.max(t, intParam(p[1], 1, 1, 32_000));
  const rounding = intParam(p[4], 0, 0, 8);
  return {
    type: 'rect', ...boxMm(x, y, w, h, dpi), strokeMm: (t * 25.4) / dpi, fill: t * 2 >= Math.min(w, h),
    cornerRadiusMm: ((rounding / 8) * Math.min(w, h) * 25.4) / (2 * dpi),
  };
}

export function ellipseElement(w: number, h: number, t: number, x: number, y: number, dpi: number): LabelElement {
  return { type: 'ellipse', ...boxMm(x, y, w, h, dpi), strokeMm: (Math.max(1, t) * 25.4) / dpi, fill: t * 2 >= Math.min(w, h) };
}

export function diagonalElement(p: Params, x: number, y: number, dpi: number): LabelElement {
  const t = intParam(p[2], 1, 1, 32_000);
  const w = Math.max(t, intParam(p[0], t, 1, 32_000));
  const h = Math.max(t, intParam(p[1], t, 1, 32_000));
  const leansLeft = p[4]?.[0]?.toUpperCase() === 'L' || p[4] === '\\';
  return { type: 'line', ...boxMm(x, y, w, h, dpi), direction: leansLeft ? 'down' : 'up', thicknessMm: (t * 25.4) / dpi };
}

function graphicError(message: string): InklessError {
  return new InklessError('INKLESS_IMPORT_ZPL_GRAPHIC', message);
}

/**
 * Decodes graphic data after checking what it declares: the byte count, the row width and, for
 * plain hex, that the data holds as many bytes as it says (a lying count is an error, not a guess).
 */
export function decodeZplGraphic(what: string, offset: number, totalBytes: number, bytesPerRow: number, data: string): ZplGraphic {
  if (!(totalBytes > 0) || !(bytesPerRow > 0) || totalBytes % bytesPerRow !== 0) {
    throw graphicError(`${what} at byte ${offset} declares ${totalBytes} bytes in rows of ${bytesPerRow}: the total must be a whole number of rows`);
  }
  if (totalBytes > zplLimits.maxGraphicBytes) {
    throw graphicError(`${what} at byte ${offset} declares ${totalBytes} bytes; at most ${zplLimits.maxGraphicBytes} are accepted`);
  }
  const trimmed = data.replace(/[\r\n]/g, '');
  const encoded = trimmed.startsWith(':Z64:') || trimmed.startsWith(':B64:');
  if (!encoded && /^[0-9A-Fa-f]*$/.test(trimmed) && trimmed.length !== totalBytes * 2) {
    throw graphicError(`${what} at byte ${offset} declares ${totalBytes} bytes but its hex data holds ${Math.floor(trimmed.length / 2)}: the byte count is wrong or the data was cut`);
  }
  try {
    const bytes = decodeGraphicData(trimmed, totalBytes, bytesPerRow);
    if (encoded && trimmed.startsWith(':B64:') && bytes.length !== totalBytes) throw graphicError(`${what} at byte ${offset}: B64 data does not hold ${totalBytes} bytes`);
    return { bytesPerRow, rows: totalBytes / bytesPerRow, data: bytes };
  } catch (cause) {
    if (cause instanceof InklessError && cause.code === 'INKLESS_IMPORT_ZPL_GRAPHIC') throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InklessError('INKLESS_IMPORT_ZPL_GRAPHIC', `${what} at byte ${offset}: ${reason}`, { cause });
  }
}

/** The graphic at a whole-number magnification as a 1-bit bitmap. */
export function graphicBitmap(g: ZplGraphic, mx = 1, my = 1): Bitmap1 {
  const width = g.bytesPerRow * 8 * mx;
  const bmp = createBitmap(width, g.rows * my);
  for (let row = 0; row < g.rows; row++) {
    for (let k = 0; k < my; k++) {
      const to = (row * my + k) * bmp.stride;
      if (mx === 1) bmp.data.set(g.data.subarray(row * g.bytesPerRow, (row + 1) * g.bytesPerRow), to);
      else {
        for (let x = 0; x < width; x++) {
          const sx = Math.floor(x / mx);
          if ((g.data[row * g.bytesPerRow + (sx >> 3)]! >> (7 - (sx & 7))) & 1) bmp.data[to + (x >> 3)]! |= 0x80 >> (x & 7);
        }
      }
    }
  }
  return bmp;
}

function pngDataUri(bmp: Bitmap1): string {
  const png = encodePng1(bmp);
  return `data:image/png;base64,${encodeBase64(png)}`;
}

/** The graphic magnified mx x my with its top-left dot at (x, y): dots the label's bitmap takes as they are. */
export function placeGraphic(g: ZplGraphic, x: number, y: number, mx = 1, my = 1): ZplContent {
  return { graphic: { bitmap: graphicBitmap(g, mx, my), xDots: x, yDots: y } };
}

/** A placed graphic as an image element of its exact size in dots, so it renders dot for dot. */
export function graphicImageElement(placed: ZplPlacedGraphic, dpi: number): LabelElement {
  const bmp = placed.bitmap;
  return { type: 'image', ...boxMm(placed.xDots, placed.yDots, bmp.width, bmp.height, dpi), src: pngDataUri(bmp), fit: 'stretch', dither: 'threshold', threshold: 128, brightness: 0, contrast: 0, invert: false };
}

/** A field's content as a document element (a graphic becomes its image element, a PNG, here). */
export function contentElement(content: ZplContent, dpi: number): LabelElement {
  return 'element' in content ? content.element : graphicImageElement(content.graphic, dpi);
}
