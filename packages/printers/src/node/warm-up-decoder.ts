import { makeShippingLabelBitmap } from '@inkless/label/output';
import { drivers } from '../drivers/languages';
import type { JobDecoder, JobOptions } from '../job-options';
import type { PrinterLanguage } from '../printer-language';

/** Labels decoded before the printer listens: enough for V8 to compile the decoder's hot loops. */
export const WARM_UP_LABELS = 300;
/** How the generated job is cut, roughly what a socket delivers at a time. */
const CHUNK_BYTES = 16 * 1024;

/**
 * Decodes a generated job of `labels` 4x6 in sample labels (makeShippingLabelBitmap: a frame,
 * text-like lines, bars and a 2D-code-like block, different with each seed; each followed by a
 * status query) with a throwaway decoder, so the decoder's code is compiled before the first real
 * job arrives. A real printer runs at full speed from its first label; a virtual one in a fresh
 * process would spend its first few hundred labels in slower, not yet optimised code, and a client
 * waiting for each reply would measure that.
 */
export function warmUpDecoder(language: PrinterLanguage, createDecoder: () => JobDecoder, labels = WARM_UP_LABELS): void {
  const driver = drivers[language];
  const options: JobOptions = { dpi: 203, widthMm: 101.6, heightMm: 152.4, headWidthDots: 832, media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 1 };
  const decoder = createDecoder();
  const feed = (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) decoder.feed(bytes.subarray(at, at + CHUNK_BYTES));
  };
  feed(driver.startJob(options));
  for (let n = 0; n < labels; n++) {
    feed(driver.encodeLabel(makeShippingLabelBitmap(n + 1), options));
    if (driver.status) feed(driver.status.request);
  }
  feed(driver.endJob(options));
  decoder.end();
}
