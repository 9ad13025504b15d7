import { decodeImageBytes, InklessError, isInklessError } from '@inkless/label';
import { decodeBmp } from './decode-bmp';
import { decodeGif } from './decode-gif';
import { decodeTiff } from './decode-tiff';
import { decodeWebp, type WebpDecoder } from './decode-webp';
import type { GreyImage } from './grey';
import { readJpegDpi, readPngDpi } from './picture-dpi';

/**
 * The resolution of a picture that states none: a 203 dpi label picture, the commonest kind (an
 * 812 x 1218 PNG is a 4 x 6 in label). Every host uses this one figure.
 */
export const PICTURE_FALLBACK_DPI = 203;
import { corrupt } from './picture-limits';
import { detectPictureFormat, type PictureFormat } from './source-kind';

/**
 * Decoders that need WebAssembly, which a host starts (asynchronously) before decoding: Node with
 * `loadPictureDecoders()` from `@inkless/import/node`, the studio from its own origin.
 */
export interface PictureDecoders {
  readonly webp?: WebpDecoder;
}

export interface DecodedPicture {
  readonly grey: GreyImage;
  /** The resolution the picture itself states (PNG pHYs, JPEG JFIF, TIFF, BMP), when it states one. */
  readonly dpi?: number;
  readonly format: PictureFormat;
}

/** PNG and JPEG go through the engine's decoders; their codes are mapped to the import ones. */
function decodeWithEngine(b: Uint8Array, format: 'png' | 'jpeg'): GreyImage {
  const name = format.toUpperCase();
  try {
    return decodeImageBytes(b, `image/${format}`);
  } catch (e) {
    if (!isInklessError(e)) throw corrupt(name, e instanceof Error ? e.message : String(e), e);
    const code = e.code === 'INKLESS_IMAGE_TOO_LARGE' ? 'INKLESS_IMPORT_PICTURE_TOO_LARGE' : 'INKLESS_IMPORT_PICTURE_INVALID';
    throw new InklessError(code, `${name} picture: ${e.message}`, { cause: e });
  }
}

function decodeKnown(b: Uint8Array, format: PictureFormat, decoders: PictureDecoders): { grey: GreyImage; dpi?: number | undefined } {
  switch (format) {
    case 'png':
      return { grey: decodeWithEngine(b, 'png'), dpi: readPngDpi(b) };
    case 'jpeg':
      return { grey: decodeWithEngine(b, 'jpeg'), dpi: readJpegDpi(b) };
    case 'gif':
      return decodeGif(b);
    case 'bmp':
      return decodeBmp(b);
    case 'tiff':
      return decodeTiff(b);
    case 'webp':
      if (!decoders.webp) throw new InklessError('INKLESS_IMPORT_PICTURE_UNSUPPORTED', 'this program did not load the WebP decoder; convert the picture to PNG and try again');
      return decodeWebp(b, decoders.webp);
    default: {
      const never: never = format;
      throw new Error(`unhandled picture format ${String(never)}`);
    }
  }
}

/**
 * Decodes a picture file, by its magic bytes, to luminance over white paper, with the dpi it states.
 * Oversized pictures are refused from their header before decoding; every failure is an InklessError.
 * WebP needs `decoders.webp` (libwebp in WebAssembly, started by the host).
 *
 * @example
 * const { grey, dpi } = decodePicture(bytes, await loadPictureDecoders()); // dpi undefined when the file says nothing
 */
export function decodePicture(bytes: Uint8Array, decoders: PictureDecoders = {}): DecodedPicture {
  const format = detectPictureFormat(bytes);
  if (!format) throw new InklessError('INKLESS_IMPORT_UNKNOWN_KIND', 'the file is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture');
  let out: { grey: GreyImage; dpi?: number | undefined };
  try {
    out = decodeKnown(bytes, format, decoders);
  } catch (e) {
    if (isInklessError(e)) throw e;
    // A decoder bug (an index past the end of a truncated file) still reaches the user as a coded error.
    throw corrupt(format.toUpperCase(), e instanceof Error ? e.message : String(e), e);
  }
  return out.dpi ? { grey: out.grey, dpi: out.dpi, format } : { grey: out.grey, format };
}
