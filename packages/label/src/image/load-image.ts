import { InklessError } from '../errors/inkless-error';
import { parseDataUri } from './data-uri';
import { decodeJpegToGrey } from './decode-jpeg';
import { decodePngToGrey } from './decode-png';
import type { GreyImage } from './grey-image';
import { ImageCache } from './image-cache';
import { hasJpegSignature } from './jpeg-header';
import { hasPngSignature } from './png-precheck';

/** Decoded images by src string: 8 entries, 64 MB of pixels plus source text. */
export const imageCache = new ImageCache<GreyImage>(8, 64 * 1024 * 1024);

/** Media types that are images, just not ones we read: named in the message so users know to convert. */
function describeUnsupported(mediaType: string): string {
  const name = mediaType.startsWith('image/') ? mediaType.slice(6).toUpperCase() : mediaType || 'this data';
  return `${name} images are not supported; convert the image to PNG or JPEG`;
}

/**
 * Decodes bytes by their content (the signature), not by the declared media type: a JPEG saved
 * with a .png name still prints.
 */
export function decodeImageBytes(bytes: Uint8Array, mediaType = '', path = ''): GreyImage {
  try {
    if (hasPngSignature(bytes)) return decodePngToGrey(bytes, path);
    if (hasJpegSignature(bytes)) return decodeJpegToGrey(bytes, path);
  } catch (e) {
    if (e instanceof InklessError) throw e;
    // A decoder bug or an allocation failure must still reach the user as a coded error, not a crash.
    throw new InklessError('INKLESS_IMAGE_DECODE', `image could not be decoded (${e instanceof Error ? e.message : String(e)})`, { path, cause: e });
  }
  if (mediaType === 'image/png' || mediaType === 'image/jpeg' || mediaType === 'image/jpg') {
    throw new InklessError('INKLESS_IMAGE_DECODE', `data says ${mediaType} but is neither a PNG nor a JPEG; the file is corrupt`, { path });
  }
  throw new InklessError('INKLESS_IMAGE_UNSUPPORTED', describeUnsupported(mediaType), { path });
}

/**
 * Turns an image element's `src` (a base64 data URI) into luminance, decoding each distinct src
 * once. Throws InklessError with an INKLESS_IMAGE_* code; `path` names the field in messages.
 *
 * @example
 * const grey = loadImage('data:image/png;base64,iVBORw0KGgo...', 'elements[2].src');
 */
export function loadImage(src: string, path = ''): GreyImage {
  const hit = imageCache.get(src);
  if (hit) return hit;
  const { mediaType, bytes } = parseDataUri(src, path);
  const image = decodeImageBytes(bytes, mediaType, path);
  imageCache.set(src, image, image.data.length + src.length);
  return image;
}
