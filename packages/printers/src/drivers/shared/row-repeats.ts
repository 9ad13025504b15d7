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
  // Blank stretches are most of a label: after a blank row, a row repeats it exactly when it is
  // blank too, which takes one row's read instead of two.
  let blankAbove = height > 0 && isBlank(data, view, 0, stride);
  for (let y = 1; y < height; y++) {
    const b = y * stride;
    if (blankAbove) {
      blankAbove = isBlank(data, view, b, stride);
      repeats[y] = blankAbove ? 1 : 0;
    } else if (isSameRow(data, view, b - stride, b, stride)) repeats[y] = 1;
    else blankAbove = isBlank(data, view, b, stride);
  }
  return repeats;
}

/** True when the `stride` bytes from `at` are all 0 (four at a time through the view). */
function isBlank(data: Uint8Array, view: DataView, at: number, stride: number): boolean {
  let k = 0;
  for (; k + 4 <= stride; k += 4) if (view.getInt32(at + k, true) !== 0) return false;
  for (; k < stride; k++) if (data[at + k] !== 0) return false;
  return true;
}

/** True when the rows at `a` and `b` hold the same bytes. */
function isSameRow(data: Uint8Array, view: DataView, a: number, b: number, stride: number): boolean {
  let k = 0;
  for (; k + 4 <= stride; k += 4) if (view.getInt32(a + k, true) !== view.getInt32(b + k, true)) return false;
  for (; k < stride; k++) if (data[a + k] !== data[b + k]) return false;
  return true;
}
