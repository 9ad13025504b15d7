import type { Bitmap1 } from '@inkless/label';
import { drivers, isPrinterLanguage, type JobOptions } from '@inkless/printers';

/** Turns a rendered label into printer bytes; `undefined` when the run only renders. */
export type LabelEncoder = ((bitmap: Bitmap1) => Uint8Array) | undefined;

/** A 4 in, 203 dpi head (832 dots): the shipping label's printer, whatever the language. */
export function shippingJob(raw: boolean): JobOptions {
  return {
    dpi: 203, widthMm: 101.6, heightMm: 152.4, headWidthDots: 832, copies: 1, raw,
    media: { type: 'gap', gapMm: 3, markMm: 3, offsetMm: 0 },
  };
}

/**
 * The encoder a bench worker uses: Inkless's drivers as they print (cropped, compressed), or with
 * `raw` the full-label bitmap a naive driver sends (the peer's way).
 */
export function labelEncoder(language: string | undefined, raw: boolean): LabelEncoder {
  if (!language) return undefined;
  if (!isPrinterLanguage(language)) throw new Error(`unknown printer language ${language}`);
  const driver = drivers[language];
  const job = shippingJob(raw);
  return (bitmap) => driver.encodeLabel(bitmap, job);
}
