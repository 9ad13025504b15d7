import bwipjs from 'bwip-js/generic';
import { encodeBarcode } from '@inkless/label';


export interface EncoderTiming {
  readonly symbology: string;
  readonly inklessMs: number;
  readonly bwipMs: number;
}

/** Median ms per call of `fn`, after a warm-up. */
function medianMs(fn: (i: number) => unknown, runs: number): number {
  for (let i = 0; i < 100; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

/**
 * The hot symbologies of the shipping workload, Inkless's own encoders against bwip-js encoding
 * the same payloads (its raw symbol, no drawing). Payloads vary per call, as on real labels.
 */
export function benchEncoders(): EncoderTiming[] {
  const code = (i: number) => `1Z4F8K${String(100000 + (i % 900000))}`;
  const url = (i: number) => `https://track.example.com/parcel/1Z4F8K2M9Q7T?ref=${String(i).padStart(9, '0')}&lang=en`;
  const raw = (bwipjs as unknown as { raw(bcid: string, text: string, opts: string): unknown }).raw;
  return [
    { symbology: 'code128', inklessMs: medianMs((i) => encodeBarcode({ symbology: 'code128', data: code(i) }), 2000), bwipMs: medianMs((i) => raw('code128', code(i), ''), 500) },
    { symbology: 'qrcode', inklessMs: medianMs((i) => encodeBarcode({ symbology: 'qrcode', data: url(i), qrErrorLevel: 'M' }), 2000), bwipMs: medianMs((i) => raw('qrcode', url(i), 'eclevel=M'), 300) },
  ];
}
