import { InklessError } from '../errors/inkless-error';

/** JPEG files start with SOI (FF D8) and then a marker (FF). */
export function hasJpegSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** Start-of-frame markers C0..CF carry the size, except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * Reads width and height from the JPEG frame header (SOFn) without decoding, so an oversized image
 * is refused before the decoder allocates anything.
 *
 * Wire format: FF D8, then segments `FF <marker> <length u16 BE, includes itself> <payload>`;
 * SOFn payload = precision u8, height u16, width u16, components u8, ... . Markers D0..D7, 01 and
 * fill bytes (FF FF) stand alone. The scan (FF DA) must come after the frame header.
 */
export function readJpegSize(bytes: Uint8Array, path = ''): { width: number; height: number } {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) break;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2) break;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) break;
      const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      return { width, height };
    }
    at += 2 + length;
  }
  throw new InklessError('INKLESS_IMAGE_DECODE', 'JPEG has no readable frame header (SOF); the file is truncated or corrupt', { path });
}
