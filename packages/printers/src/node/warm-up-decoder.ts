import { createBitmap, fillRect, type Bitmap1 } from '@inkless/label';
import { drivers } from '../drivers/registry';
import type { JobDecoder, JobOptions } from '../job-options';
import type { PrinterLanguage } from '../printer-language';

/** Labels decoded before the printer listens: enough for V8 to compile the decoder's hot loops. */
export const WARM_UP_LABELS = 300;
/** How the generated job is cut, roughly what a socket delivers at a time. */
const CHUNK_BYTES = 16 * 1024;

/**
 * Decodes a generated job of `labels` labels (bars, module blocks and text-like speckle that
 * change from label to label, each followed by a status query) with a throwaway decoder, so the
 * decoder's code is compiled before the first real job arrives. A real printer runs at full speed
 * from its first label; a virtual one in a fresh process would spend its first few hundred labels
 * in slower, not yet optimised code, and a client waiting for each reply would measure that.
 */
export function warmUpDecoder(language: PrinterLanguage, createDecoder: () => JobDecoder, labels = WARM_UP_LABELS): void {
  const driver = drivers[language];
  const options: JobOptions = { dpi: 203, widthMm: 48, heightMm: 40, headWidthDots: 384, media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 1 };
  const decoder = createDecoder();
  const feed = (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) decoder.feed(bytes.subarray(at, at + CHUNK_BYTES));
  };
  feed(driver.startJob(options));
  for (let n = 0; n < labels; n++) {
    feed(driver.encodeLabel(drawWarmUpLabel(n), options));
    if (driver.status) feed(driver.status.request);
  }
  feed(driver.endJob(options));
  decoder.end();
}

/** A 384 x 320-dot label that differs with `n`: what barcodes, QR modules and text look like to a decoder. */
function drawWarmUpLabel(n: number): Bitmap1 {
  const bmp = createBitmap(384, 320);
  for (let x = 8; x < 376; x += 3 + ((x * 7 + n) % 5)) fillRect(bmp, x, 8, 1 + ((x + n) % 3), 90);
  for (let row = 0; row < 25; row++) {
    for (let col = 0; col < 25; col++) if (((row * 31 + col * 17 + n) * 2654435761) >>> 29 < 4) fillRect(bmp, 16 + col * 6, 110 + row * 6, 6, 6);
  }
  for (let i = 0; i < 1500; i++) {
    const h = Math.imul(i + n * 1500, 2654435761) >>> 0;
    fillRect(bmp, 180 + (h % 190), 110 + ((h >>> 9) % 200), 1 + ((h >>> 20) % 3), 1 + ((h >>> 24) % 2));
  }
  return bmp;
}
