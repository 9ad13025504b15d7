import { QR_MASK_PERIOD_COLS, QR_MASK_PERIOD_ROWS } from './qr-mask-tiles';

/**
 * A QR symbol packed 4 modules to a byte (a nibble, MSB = first module), once along its rows and
 * once along its columns, so the mask penalty can read a line 4 modules per table lookup.
 */
export interface PackedQr {
  readonly size: number;
  /** Nibbles per line: ceil(size / 4); padding bits are 0. */
  readonly nibbles: number;
  /** Row i, modules 4q..4q+3 at [i * nibbles + q]. */
  readonly rows: Uint8Array;
  /** Column j, rows 4q..4q+3 at [j * nibbles + q]. */
  readonly columns: Uint8Array;
  /** The same layouts of the data modules (1 = a mask applies; 0 on function modules and padding). */
  readonly freeRows: Uint8Array;
  readonly freeColumns: Uint8Array;
  /** Scratch for the masked rows and columns of one scoring pass. */
  readonly maskedRows: Uint8Array;
  readonly maskedColumns: Uint8Array;
}

/**
 * Packs qrcode's matrix (row-major, 0/1, `size` x `size`) with the mask tile `applied` (see
 * qr-mask-tiles) taken off its data modules; `reserved` is 1 on function modules.
 */
export function packQr(modules: Uint8Array, reserved: Uint8Array, size: number, applied: Uint8Array): PackedQr {
  const nibbles = (size + 3) >> 2;
  const n = size * nibbles;
  const packed: PackedQr = {
    size, nibbles,
    rows: new Uint8Array(n), columns: new Uint8Array(n), freeRows: new Uint8Array(n), freeColumns: new Uint8Array(n),
    maskedRows: new Uint8Array(n), maskedColumns: new Uint8Array(n),
  };
  const { rows, freeRows } = packed;
  let x = 0;
  for (let i = 0; i < size; i++) {
    const t = (i % QR_MASK_PERIOD_ROWS) * QR_MASK_PERIOD_COLS;
    let tj = 0;
    let nibble = 0;
    let freeNibble = 0;
    const row = i * size;
    for (let j = 0; j < size; j++) {
      const free = reserved[row + j]! ? 0 : 1;
      nibble = (nibble << 1) | (modules[row + j]! ^ (applied[t + tj]! & free));
      freeNibble = (freeNibble << 1) | free;
      if (++tj === QR_MASK_PERIOD_COLS) tj = 0;
      if ((j & 3) === 3) {
        rows[x] = nibble;
        freeRows[x++] = freeNibble;
        nibble = freeNibble = 0;
      }
    }
    if (size % 4) {
      rows[x] = nibble << (4 - (size % 4));
      freeRows[x++] = freeNibble << (4 - (size % 4));
    }
  }
  transposeNibbles(rows, packed.columns, size, nibbles);
  transposeNibbles(freeRows, packed.freeColumns, size, nibbles);
  return packed;
}

/** A row nibble's 4 modules moved to bit 3 of 4 column nibbles (column 0 in the top nibble). */
const SPREAD: Uint16Array = Uint16Array.from({ length: 16 }, (_, n) => {
  let spread = 0;
  for (let c = 0; c < 4; c++) spread |= ((n >> (3 - c)) & 1) << (4 * (3 - c) + 3);
  return spread;
});

/** Column nibbles from row nibbles, one 4 x 4 block at a time. */
function transposeNibbles(rows: Uint8Array, columns: Uint8Array, size: number, nibbles: number): void {
  for (let band = 0; band < nibbles; band++) {
    const rowsInBand = Math.min(4, size - 4 * band);
    for (let q = 0; q < nibbles; q++) {
      let block = 0;
      for (let k = 0; k < rowsInBand; k++) block |= SPREAD[rows[(4 * band + k) * nibbles + q]!]! >> k;
      const columnsInBlock = Math.min(4, size - 4 * q);
      for (let c = 0; c < columnsInBlock; c++) columns[(4 * q + c) * nibbles + band] = (block >> (4 * (3 - c))) & 15;
    }
  }
}

/** Sets module (row i, column j) to `v` (0 or 1) in both layouts. */
export function setPackedModule(packed: PackedQr, i: number, j: number, v: number): void {
  const r = i * packed.nibbles + (j >> 2);
  const rowBit = 8 >> (j & 3);
  packed.rows[r] = (packed.rows[r]! & ~rowBit) | (v ? rowBit : 0);
  const c = j * packed.nibbles + (i >> 2);
  const columnBit = 8 >> (i & 3);
  packed.columns[c] = (packed.columns[c]! & ~columnBit) | (v ? columnBit : 0);
}
