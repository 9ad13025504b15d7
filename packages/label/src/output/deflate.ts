import { zlibSync } from 'fflate';

/**
 * Level 6 (zlib's default): on label rasters it is within 0.1 % of level 9's size at half the
 * time (4x6 in label: 7147 vs 7143 bytes, 14 vs 29 ms), which matters for live previews.
 */
export const DEFLATE_LEVEL = 6;

/** zlib-wrapped deflate, as PNG IDAT and PDF /FlateDecode both expect. Deterministic. */
export function deflateBytes(data: Uint8Array): Uint8Array {
  return zlibSync(data, { level: DEFLATE_LEVEL });
}
