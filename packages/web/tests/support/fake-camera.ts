import { writeFileSync } from 'node:fs';
import { formatIssue, getPixel, renderLabel, validateDocument, type Bitmap1 } from '@inkless/label';
import { chromium, type Browser } from 'playwright-core';
// Test-only, as docs/decisions/004 allows: the one Node font loader.
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { CHROMIUM_PATH } from './studio-server';

/** The fake camera's picture size: even (4:2:0 halves both), a phone camera's 16:9. */
const FRAME_WIDTH = 640;
const FRAME_HEIGHT = 360;
/** YUV levels of ink and paper (full range, as C420jpeg means). */
const Y_INK = 16;
const Y_PAPER = 235;
const CHROMA_NEUTRAL = 128;

/**
 * A label with one barcode and nothing else, drawn by the engine (the same rasterizer that
 * prints): `symbology` e.g. 'ean13' or 'code128', `text` its data.
 */
export function renderBarcodeBitmap(symbology: string, text: string): Bitmap1 {
  const doc = validateDocument({
    schemaVersion: 2,
    name: 'fake camera barcode',
    label: { widthMm: 50, heightMm: 20, dpi: 203 },
    elements: [{ type: 'barcode', xMm: 5, yMm: 2, widthMm: 40, heightMm: 16, symbology, data: text, showText: false }],
  });
  if (!doc.ok) throw new Error(doc.issues.map(formatIssue).join('\n'));
  const rendered = renderLabel(doc.value, { fonts: loadBundledFonts() }, {});
  if (!rendered.ok) throw new Error(rendered.issues.map(formatIssue).join('\n'));
  return rendered.value.bitmap;
}

/**
 * Writes a YUV4MPEG2 file (Chromium's --use-file-for-fake-video-capture reads it and loops it)
 * of `frames` identical 640x360 frames: the bitmap scaled up by the largest whole factor that
 * leaves a quiet zone of paper around it, centred; no bitmap gives a blank page.
 * Format: "YUV4MPEG2 W H F30:1 Ip A1:1 C420jpeg\n", then per frame "FRAME\n", the Y plane
 * (W*H bytes), U and V ((W/2)*(H/2) bytes each, 128 = no colour).
 */
export function writeY4m(path: string, bitmap: Bitmap1 | undefined, frames = 2): void {
  const y = new Uint8Array(FRAME_WIDTH * FRAME_HEIGHT).fill(Y_PAPER);
  if (bitmap) {
    const scale = Math.max(1, Math.floor(Math.min((FRAME_WIDTH * 0.85) / bitmap.width, (FRAME_HEIGHT * 0.85) / bitmap.height)));
    const left = Math.floor((FRAME_WIDTH - bitmap.width * scale) / 2);
    const top = Math.floor((FRAME_HEIGHT - bitmap.height * scale) / 2);
    for (let row = 0; row < bitmap.height * scale; row++) {
      for (let col = 0; col < bitmap.width * scale; col++) {
        if (getPixel(bitmap, Math.floor(col / scale), Math.floor(row / scale))) y[(top + row) * FRAME_WIDTH + left + col] = Y_INK;
      }
    }
  }
  const chroma = new Uint8Array((FRAME_WIDTH / 2) * (FRAME_HEIGHT / 2) * 2).fill(CHROMA_NEUTRAL);
  const header = Buffer.from(`YUV4MPEG2 W${FRAME_WIDTH} H${FRAME_HEIGHT} F30:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), y, chroma]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/** writeY4m of a barcode the engine draws: what a test shows the fake camera. */
export function writeBarcodeY4m(path: string, symbology: string, text: string): void {
  writeY4m(path, renderBarcodeBitmap(symbology, text));
}

/**
 * Chromium whose camera shows the Y4M file (a browser-level test double: the page's
 * getUserMedia gets a real MediaStream of those frames) and whose camera permission prompt is
 * answered "allow". Close it when done.
 */
export function launchWithFakeCamera(y4mPath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4mPath}`,
    ],
  });
}
