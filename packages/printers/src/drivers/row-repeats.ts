import type { Bitmap1 } from '@inkless/label';

/**
 * Which rows repeat the row above them byte for byte (flag 1; row 0 never does). Labels are made
 * of such stretches (blank margins, barcode bars, QR module rows), and the drivers' searches skip
 * them: a repeated row has the same ink, the same columns and the same runs as the one above.
 * Rows are compared four bytes at a time through a DataView (a stride need not be a multiple of 4).
 */
export function findRepeatedRows(bmp: Bitmap1): Uint8Array {
  const { stride, data, height } = bmp;
  const repeats = new Uint8Array(height);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  rows: for (let y = 1; y < height; y++) {
    const b = y * stride;
    const a = b - stride;
    let k = 0;
    for (; k + 4 <= stride; k += 4) if (view.getInt32(a + k, true) !== view.getInt32(b + k, true)) continue rows;
    for (; k < stride; k++) if (data[a + k] !== data[b + k]) continue rows;
    repeats[y] = 1;
  }
  return repeats;
}
