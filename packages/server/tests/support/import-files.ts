import type { Bitmap1 } from '@inkless/label';
import { bitmapToGrey } from '@inkless/import';
import { decodeSymbolsWithZxing } from '@inkless/import/node';
import { MiniPdf } from '../../../import/tests/support/carrier-pdf';

/** A file as the import API takes it: its name and its bytes in base64. */
export function fileOf(name: string, bytes: Uint8Array | string): { name: string; base64: string } {
  return { name, base64: Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes).toString('base64') };
}

/** A PDF whose standard security handler wants a password nobody gave (its /U matches no password). */
export function encryptedPdf(): Uint8Array {
  const writer = new MiniPdf();
  const pages = writer.reserve();
  const page = writer.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 288 432] >>`);
  writer.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const encrypt = writer.add(`<< /Filter /Standard /V 1 /R 2 /O <${'5a'.repeat(32)}> /U <${'a5'.repeat(32)}> /P -4 >>`);
  const catalog = writer.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return writer.finish(catalog, `/Encrypt ${encrypt} 0 R /ID [<${'11'.repeat(16)}> <${'11'.repeat(16)}>]`);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
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
