import { InklessError } from '../errors/inkless-error';
import { decodeBase64 } from './base64';

/** Longest `src` accepted (characters): about 15 MB of image bytes, far more than any label needs. */
export const MAX_IMAGE_SRC_CHARS = 20 * 1024 * 1024;

/** The bytes of a data URI and the media type it declares (lower case, may be empty). */
export interface DataUri {
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** `data:` + media type + parameters, up to the comma; the header is short, the payload is not. */
const HEADER = /^data:([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)?((?:;[^,;]*)*),/i;

/**
 * Reads an image element's `src`. Only base64 data URIs are accepted: the engine does no I/O, so
 * a URL could not be fetched, and a self-contained document prints the same everywhere.
 *
 * @example
 * parseDataUri('data:image/png;base64,iVBORw0KGgo...').mediaType; // 'image/png'
 */
export function parseDataUri(src: string, path = ''): DataUri {
  if (src.length > MAX_IMAGE_SRC_CHARS) {
    const mb = Math.round((src.length / (1024 * 1024)) * 10) / 10;
    throw new InklessError('INKLESS_IMAGE_TOO_LARGE', `image src is ${mb} MB; the limit is 20 MB, so scale the image down first`, { path });
  }
  const header = HEADER.exec(src.slice(0, 256));
  if (!header) {
    throw new InklessError('INKLESS_IMAGE_SRC_INVALID', 'image src must be a data URI such as data:image/png;base64,...', { path });
  }
  const mediaType = (header[1] ?? '').toLowerCase();
  if (mediaType === 'image/svg+xml') {
    throw new InklessError('INKLESS_IMAGE_SVG_UNSUPPORTED', 'SVG is not supported yet; export the drawing as PNG', { path });
  }
  const params = (header[2] ?? '').toLowerCase().split(';');
  if (!params.includes('base64')) {
    throw new InklessError('INKLESS_IMAGE_SRC_INVALID', 'image src must be base64 encoded (data:image/png;base64,...)', { path });
  }
  return { mediaType, bytes: decodeBase64(src, header[0].length, path) };
}
