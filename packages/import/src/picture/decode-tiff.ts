import UTIF, { type Ifd } from './utif2-module.js';
import { assertPictureSize, corrupt } from './picture-limits';
import { rgbaToGrey, type GreyImage } from './grey';

/** A TIFF tag's first number (a rational read as its value), if it has one. */
function tag(ifd: Record<string, unknown>, name: string): number | undefined {
  const v: unknown = ifd[name];
  if (!Array.isArray(v)) return undefined;
  const first: unknown = v[0];
  if (typeof first === 'number') return first;
  if (Array.isArray(first) && typeof first[0] === 'number' && typeof first[1] === 'number' && first[1] !== 0) return first[0] / first[1];
  return undefined;
}

/** Decodes the first page of a TIFF; its tags (size, resolution) are read and checked before the pixels. */
export function decodeTiff(b: Uint8Array): { grey: GreyImage; dpi?: number } {
  const buffer = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  let ifd: Ifd | undefined;
  try {
    ifd = UTIF.decode(buffer)[0];
  } catch (e) {
    throw corrupt('TIFF', `its directory could not be read (${e instanceof Error ? e.message : String(e)})`, e);
  }
  if (!ifd) throw corrupt('TIFF', 'it has no image directory');
  const tags: Record<string, unknown> = ifd;
  const width = tag(tags, 't256') ?? 0;
  const height = tag(tags, 't257') ?? 0;
  assertPictureSize('TIFF', width, height);
  let rgba: Uint8Array;
  try {
    UTIF.decodeImage(buffer, ifd);
    rgba = UTIF.toRGBA8(ifd);
  } catch (e) {
    throw corrupt('TIFF', `its pixels could not be decoded (${e instanceof Error ? e.message : String(e)})`, e);
  }
  if (rgba.length < width * height * 4) throw corrupt('TIFF', 'the pixel data is shorter than the image');
  const grey = rgbaToGrey(rgba, width, height);
  // Tag 282 is XResolution (a rational, read as a number by UTIF); 296 the unit: 2 = inch, 3 = cm.
  const res = tag(tags, 't282');
  const unit = tag(tags, 't296') ?? 2;
  const dpi = res && res > 0 && unit !== 1 ? Math.round(unit === 3 ? res * 2.54 : res) : undefined;
  return dpi ? { grey, dpi } : { grey };
}
