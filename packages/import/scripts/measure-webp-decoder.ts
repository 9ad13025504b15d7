// Measures the WebP decoder on this machine: wasm size and start time, decode time and fidelity of a
// 203 dpi carrier label saved as lossless and lossy WebP, and whether its barcodes still read.
// Run: npx tsx packages/import/scripts/measure-webp-decoder.ts   (decision 017 quotes its output)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { decodePicture } from '../src/index';
import { loadPdfEngine, loadPictureDecoders, webpWasmPath } from '../src/node';
import { makeCarrierPdf } from '../tests/support/carrier-pdf';
import { thresholdGrey } from '../tests/pdf/grey-decode';
import { encodeWebp, greyToRgba } from '../tests/support/make-webp';

let t = performance.now();
const decoders = await loadPictureDecoders();
console.log(`wasm ${readFileSync(webpWasmPath()).length} bytes, started in ${(performance.now() - t).toFixed(1)} ms`);
const carrier = makeCarrierPdf({ paper: 'a4', layout: 'top-half', form: 'vector' });
const pdf = (await loadPdfEngine()).open(carrier.bytes);
const page = pdf.renderPage(0, 203);
pdf.close();
console.log(`page ${page.width} x ${page.height} px at 203 dpi`);
for (const mode of ['lossless', 'lossy'] as const) {
  const webp = await encodeWebp(greyToRgba(page), page.width, page.height, mode);
  decodePicture(webp, decoders);
  const runs = 5;
  t = performance.now();
  for (let i = 0; i < runs; i++) decodePicture(webp, decoders);
  const ms = (performance.now() - t) / runs;
  const { grey } = decodePicture(webp, decoders);
  let worst = 0;
  for (let i = 0; i < grey.data.length; i++) worst = Math.max(worst, Math.abs(grey.data[i]! - page.data[i]!));
  const read = (await decodeBarcodes(thresholdGrey(grey), { tryHarder: true })).map((s) => s.text);
  const { code128, pdf417 } = carrier.pages[0]!.labels[0]!;
  const all = [code128, pdf417].every((x) => read.includes(x));
  console.log(`${mode}: ${webp.length} bytes, decode ${ms.toFixed(1)} ms, worst grey error ${worst}/255, barcodes ${all ? 'all read' : `MISSING (read ${read.join(', ')})`}`);
}
