/**
 * The 8 QR Code data masks of ISO/IEC 18004 as small repeating tiles: every mask pattern repeats
 * after 12 rows (floor(i / 2) mod 2 and i*j mod 6) and 6 columns, so masking a module is one
 * table read instead of a call with divisions.
 */

export const QR_MASK_PERIOD_ROWS = 12;
export const QR_MASK_PERIOD_COLS = 6;

/** The mask conditions (i = row, j = column): true inverts the module. */
const MASK_CONDITIONS: ReadonlyArray<(i: number, j: number) => boolean> = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** Per mask, one QR_MASK_PERIOD_ROWS x QR_MASK_PERIOD_COLS tile, row-major, 1 = invert. */
export const QR_MASK_TILES: readonly Uint8Array[] = MASK_CONDITIONS.map((inverts) => {
  const tile = new Uint8Array(QR_MASK_PERIOD_ROWS * QR_MASK_PERIOD_COLS);
  for (let i = 0; i < QR_MASK_PERIOD_ROWS; i++) {
    for (let j = 0; j < QR_MASK_PERIOD_COLS; j++) tile[i * QR_MASK_PERIOD_COLS + j] = inverts(i, j) ? 1 : 0;
  }
  return tile;
});

/**
 * The same masks, 4 modules at a time, MSB = first module. Rows: index (i mod 12) * 3 + (q mod 3)
 * for modules 4q..4q+3 of row i. Columns: index (j mod 6) * 3 + (q mod 3) for rows 4q..4q+3 of
 * column j. (4q mod 6 and 4q mod 12 both repeat every 3 nibbles.)
 */
export const QR_MASK_ROW_NIBBLES: readonly Uint8Array[] = QR_MASK_TILES.map((tile) => {
  const out = new Uint8Array(QR_MASK_PERIOD_ROWS * 3);
  for (let i = 0; i < QR_MASK_PERIOD_ROWS; i++) {
    for (let q = 0; q < 3; q++) {
      for (let b = 0; b < 4; b++) out[i * 3 + q]! |= tile[i * QR_MASK_PERIOD_COLS + ((4 * q + b) % QR_MASK_PERIOD_COLS)]! << (3 - b);
    }
  }
  return out;
});

export const QR_MASK_COLUMN_NIBBLES: readonly Uint8Array[] = QR_MASK_TILES.map((tile) => {
  const out = new Uint8Array(QR_MASK_PERIOD_COLS * 3);
  for (let j = 0; j < QR_MASK_PERIOD_COLS; j++) {
    for (let q = 0; q < 3; q++) {
      for (let b = 0; b < 4; b++) out[j * 3 + q]! |= tile[((4 * q + b) % QR_MASK_PERIOD_ROWS) * QR_MASK_PERIOD_COLS + j]! << (3 - b);
    }
  }
  return out;
});
