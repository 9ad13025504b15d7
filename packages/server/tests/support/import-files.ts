import type { Bitmap1 } from '@inkless/label';
import { computeCrc32 } from '@inkless/label/output';
import { bitmapToGrey } from '@inkless/import';
import { decodeSymbolsWithZxing } from '@inkless/import/node';
export { encryptedPdf } from '../../../import/tests/support/hostile-pdfs';

/** A file as the import API takes it: its name and its bytes in base64. */
export function fileOf(name: string, bytes: Uint8Array | string): { name: string; base64: string } {
  return { name, base64: Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes).toString('base64') };
}


function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(computeCrc32(body), 8 + data.length);
  return out;
}

/** A well-formed PNG header (valid CRCs) claiming `width` x `height` grey pixels, with almost no data: a decompression bomb's opening. */
export function pngClaiming(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', new Uint8Array(0))]);
}

/** Every barcode ZXing reads on a printed label, as "Format:text", sorted. */
export async function barcodesOn(bitmap: Bitmap1): Promise<string[]> {
  return (await decodeSymbolsWithZxing(bitmapToGrey(bitmap))).map((s) => `${s.format}:${s.text}`).sort();
}
