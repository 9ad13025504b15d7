// Files for the import tests, made here: hostile PDFs and pictures, small ZPL labels, a ~DG graphic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, parseDocument, renderLabel, type Bitmap1 } from '@inkless/label';
import { bitmapFromPng, computeCrc32, concatBytes } from '@inkless/label/output';
import { ascii } from '../../../../import/tests/support/carrier-pdf';
import { loadBundledFonts } from '../../../src/fonts/load-bundled-fonts';
import { decodeBarcodes } from '../../../src/verify/zxing-decoder';
import { listPngs } from '../../support/virtual-printer-cli';

export { makeCarrierPdf } from '../../../../import/tests/support/carrier-pdf';
export { encryptedPdf, manyPagesPdf } from '../../../../import/tests/support/hostile-pdfs';

/** The ZPL fixtures of the interpreter's tests. */
export const ZPL_FIXTURES = new URL('../../../../import/tests/zpl/fixtures/', import.meta.url);


/** A PNG whose header claims `width` x `height` pixels, with a few bytes of data (a decompression bomb's shape). */
export function hugePngHeader(width: number, height: number): Uint8Array {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    out.set(ascii(type), 4);
    out.set(body, 8);
    view.setUint32(8 + body.length, computeCrc32(out.subarray(4, 8 + body.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return concatBytes([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), chunk('IHDR', ihdr), chunk('IDAT', Uint8Array.of(0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01)), chunk('IEND', new Uint8Array(0))]);
}

/** A 2.5 x 1.25 in ZPL label (fits every head, 72 mm receipt printers too) with a Code 128 (up to 8 characters) and a QR code. */
export function smallZpl(code128: string, qr: string, copies = 1): string {
  return ['^XA', '^PW508^LL254', '^FO20,20^A0N,24,24^FDInkless^FS', `^FO20,60^BY2^BCN,80,N,N,N^FD${code128}^FS`,
    `^FO300,40^BQN,2,4^FDQA,${qr}^FS`, `^PQ${copies}`, '^XZ', ''].join('\n');
}

/** A ~DG download of a QR code (as a stored graphic), and its name: `^XGR:<name>.GRF` prints it. */
export function qrGraphicDownload(name: string, text: string): string {
  const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, label: { widthMm: 30, heightMm: 30, dpi: 203 }, elements: [{ type: 'barcode', xMm: 2, yMm: 2, widthMm: 26, heightMm: 26, symbology: 'qrcode', data: text }] };
  const parsed = parseDocument(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const rendered = renderLabel(parsed.value, { fonts: loadBundledFonts() });
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.issues));
  const bmp: Bitmap1 = rendered.value.bitmap;
  const rowBytes = Math.ceil(bmp.width / 8);
  let hex = '';
  for (let y = 0; y < bmp.height; y++) {
    for (let i = 0; i < rowBytes; i++) hex += bmp.data[y * bmp.stride + i]!.toString(16).padStart(2, '0').toUpperCase();
    hex += '\n';
  }
  return `~DGR:${name}.GRF,${rowBytes * bmp.height},${rowBytes},\n${hex}`;
}

/** Every symbol ZXing reads in each label PNG of `dir`, in print order: `format:text` sorted per label. */
export async function decodeLabelPngs(dir: string): Promise<string[][]> {
  const labels: string[][] = [];
  for (const file of listPngs(dir)) {
    const symbols = await decodeBarcodes(bitmapFromPng(readFileSync(join(dir, file))), { tryHarder: true });
    labels.push(symbols.map((s) => `${s.format}:${s.text}`).sort());
  }
  return labels;
}
