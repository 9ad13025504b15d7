import { decode } from 'jpeg-js';
import { InklessError } from '../errors/inkless-error';
import { compositeOverWhite, weighLuminance, type GreyImage } from './grey-image';
import { assertImageSize, MAX_IMAGE_PIXELS } from './image-limits';
import { readJpegSize } from './jpeg-header';

/** Decoder working memory cap: a 40 MP 4:4:4 JPEG needs about 600 MB of coefficient blocks. */
const MAX_JPEG_MEMORY_MB = 640;

/**
 * Decodes JPEG bytes (baseline or progressive; grey, YCbCr, RGB, CMYK/YCCK) to luminance. The
 * frame header is read first so an oversized image is refused before the decoder allocates.
 * jpeg-js is pure JS; with `useTArray` it never touches Buffer, so this runs in the browser too.
 */
export function decodeJpegToGrey(bytes: Uint8Array, path = ''): GreyImage {
  const { width, height } = readJpegSize(bytes, path);
  assertImageSize(width, height, path);
  let rgb: Uint8Array;
  try {
    const image = decode(bytes, {
      useTArray: true,
      formatAsRGBA: false,
      maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000,
      maxMemoryUsageInMB: MAX_JPEG_MEMORY_MB,
    });
    if (image.width !== width || image.height !== height) throw new Error('decoder disagrees with the frame header about the size');
    rgb = image.data;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const code = /maxMemoryUsageInMB|maxResolutionInMP|allocate/.test(why) ? 'INKLESS_IMAGE_TOO_LARGE' : 'INKLESS_IMAGE_DECODE';
    throw new InklessError(code, `JPEG could not be decoded (${why})`, { path, cause: e });
  }
  if (rgb.length < width * height * 3) throw new InklessError('INKLESS_IMAGE_DECODE', 'JPEG decoder returned too few pixels', { path });
  const out = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < out.length; p++, i += 3) out[p] = compositeOverWhite(weighLuminance(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!), 255);
  return { width, height, data: out };
}
