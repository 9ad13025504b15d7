import { QR_MASK_COLUMN_NIBBLES, QR_MASK_PERIOD_COLS, QR_MASK_PERIOD_ROWS, QR_MASK_ROW_NIBBLES } from './qr-mask-tiles';
import type { PackedQr } from './qr-packed';

/**
 * The ISO/IEC 18004 mask penalty (rules N1-N4) scored exactly as the `qrcode` package's
 * getBestMask scores it, so the mask chosen from it is the mask qrcode would choose. Same quirks:
 * an N3 hit is any 11-module window 1011101 0000 or 0000 1011101 inside the symbol (no quiet zone),
 * N4 counts 5% steps with `ceil`. Lines are read 4 modules per table lookup (see qr-packed.ts).
 */

/** The weights of the rules (N1 adds 1 per module beyond 5 on top of its weight). */
const WEIGHT_N1 = 3;
const WEIGHT_N2 = 3;
const WEIGHT_N3 = 40;
const WEIGHT_N4 = 10;

/** N3's two windows (bit 0 = newest module): 1011101 then 4 light, and 4 light then 1011101. */
const N3_FINDER_THEN_LIGHT = 0x5d0;
const N3_LIGHT_THEN_FINDER = 0x05d;

/** A window is the last 11 modules of a line (N3's length); the state between lookups is 10. */
const WINDOW_MASK = 0x7ff;
const STATE_MASK = 0x3ff;
/** Offset of the half of LINE_POINTS that also scores N3 (qrcode checks it from module 10 on). */
const WITH_N3 = 0x800;

/**
 * Points a line earns at its newest module, by its window (bit 0 newest). N1 (a run of L >= 5
 * scores 3 + L - 5) is spread over the run: 3 at its 5th module (the module 5 back differs), 1 at
 * each later one. A line starts with a virtual module unlike its first, so a run at the start also
 * scores 3 at its 5th module. The upper half adds N3.
 */
const LINE_POINTS: Uint8Array = (() => {
  const points = new Uint8Array(2 * WITH_N3);
  for (let w = 0; w <= WINDOW_MASK; w++) {
    const last5 = w & 0x1f;
    const n1 = last5 === 0 || last5 === 0x1f ? (((w >> 5) & 1) !== (w & 1) ? WEIGHT_N1 : 1) : 0;
    points[w] = n1;
    points[WITH_N3 + w] = n1 + (w === N3_FINDER_THEN_LIGHT || w === N3_LIGHT_THEN_FINDER ? WEIGHT_N3 : 0);
  }
  return points;
})();

/** Size of one nibble table: 10 state bits and 4 new modules. */
const NIBBLE_TABLE = 1 << 14;

/**
 * Points of 4 new modules (a nibble, MSB first) after a 10-module state, at [(state << 4) | nibble]:
 * three tables, for modules 0-7 (no N3), 8-11 (N3 from module 10) and 12 on. Built on first use.
 */
let nibblePoints: Uint8Array | undefined;

function buildNibblePoints(): Uint8Array {
  const table = new Uint8Array(3 * NIBBLE_TABLE);
  const n3From = [4, 2, 0];
  for (let part = 0; part < 3; part++) {
    for (let state = 0; state <= STATE_MASK; state++) {
      for (let nibble = 0; nibble < 16; nibble++) {
        let w = state;
        let points = 0;
        for (let b = 0; b < 4; b++) {
          w = ((w << 1) | ((nibble >> (3 - b)) & 1)) & WINDOW_MASK;
          points += LINE_POINTS[(b >= n3From[part]! ? WITH_N3 : 0) | w]!;
        }
        table[part * NIBBLE_TABLE + ((state << 4) | nibble)] = points;
      }
    }
  }
  return table;
}

/**
 * One-colour 2x2 blocks starting in a nibble of two rows, at [(top << 6) | (bottom << 2) |
 * (next top's first module << 1) | next bottom's first module].
 */
const UNIFORM_BLOCKS: Uint8Array = Uint8Array.from({ length: 1024 }, (_, k) => {
  const top = ((k >> 5) & 0x1e) | ((k >> 1) & 1);
  const bottom = ((k >> 1) & 0x1e) | (k & 1);
  let count = 0;
  for (let c = 0; c < 4; c++) {
    const pair = (top >> (3 - c)) & 3;
    if (pair === ((bottom >> (3 - c)) & 3) && (pair === 0 || pair === 3)) count++;
  }
  return count;
});

/** Dark modules in a nibble. */
const DARK_IN_NIBBLE: Uint8Array = Uint8Array.from({ length: 16 }, (_, n) => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1));

/**
 * N1 + N3 points of all lines of one layout with a mask applied; writes the masked nibbles to `out`.
 * `maskNibbles` is indexed by (line mod `period`) * 3 + (nibble mod 3).
 */
function scoreLines(packed: PackedQr, lines: Uint8Array, free: Uint8Array, maskNibbles: Uint8Array, period: number, out: Uint8Array, table: Uint8Array): number {
  const { size, nibbles } = packed;
  const last = nibbles - 1;
  const tail = size - 4 * last;
  let points = 0;
  for (let line = 0; line < size; line++) {
    const base = line * nibbles;
    const m = (line % period) * 3;
    let mq = 0;
    let state = ((lines[base]! ^ (maskNibbles[m]! & free[base]!)) >> 3) ^ 1;
    for (let q = 0; q < last; q++) {
      const x = base + q;
      const nibble = lines[x]! ^ (maskNibbles[m + mq]! & free[x]!);
      if (++mq === 3) mq = 0;
      out[x] = nibble;
      points += table[(q < 2 ? 0 : q === 2 ? NIBBLE_TABLE : 2 * NIBBLE_TABLE) | (state << 4) | nibble]!;
      state = ((state << 4) | nibble) & STATE_MASK;
    }
    const x = base + last;
    const nibble = lines[x]! ^ (maskNibbles[m + mq]! & free[x]!);
    out[x] = nibble;
    for (let b = 0; b < tail; b++) {
      const w = ((state << 1) | ((nibble >> (3 - b)) & 1)) & WINDOW_MASK;
      points += LINE_POINTS[WITH_N3 | w]!;
      state = w & STATE_MASK;
    }
  }
  return points;
}

/** One-colour 2x2 blocks and dark modules of the masked rows. */
function countBlocksAndDark(packed: PackedQr, rows: Uint8Array): { blocks: number; dark: number } {
  const { size, nibbles } = packed;
  const last = nibbles - 1;
  const tail = size - 4 * last;
  let blocks = 0;
  let dark = 0;
  for (let k = 0; k < size * nibbles; k++) dark += DARK_IN_NIBBLE[rows[k]!]!;
  for (let i = 0; i + 1 < size; i++) {
    const a = i * nibbles;
    const b = a + nibbles;
    for (let q = 0; q < last; q++) {
      blocks += UNIFORM_BLOCKS[(rows[a + q]! << 6) | (rows[b + q]! << 2) | ((rows[a + q + 1]! >> 2) & 2) | (rows[b + q + 1]! >> 3)]!;
    }
    // Blocks inside the last nibble: only between its `tail` real modules.
    const top = rows[a + last]!;
    const bottom = rows[b + last]!;
    for (let c = 0; c + 1 < tail; c++) {
      const pair = (top >> (2 - c)) & 3;
      if (pair === ((bottom >> (2 - c)) & 3) && (pair === 0 || pair === 3)) blocks++;
    }
  }
  return { blocks, dark };
}

/**
 * The penalty the rows decide: N1 + N3 along rows, N2 and N4 (all >= 0). With format information
 * for `mask` in place; a lower bound of the total, so a mask can be dropped before its columns.
 */
export function scoreQrRowRules(packed: PackedQr, mask: number): number {
  nibblePoints ??= buildNibblePoints();
  const points = scoreLines(packed, packed.rows, packed.freeRows, QR_MASK_ROW_NIBBLES[mask]!, QR_MASK_PERIOD_ROWS, packed.maskedRows, nibblePoints);
  const { blocks, dark } = countBlocksAndDark(packed, packed.maskedRows);
  const size = packed.size;
  // The same float expression as qrcode's getPenaltyN4, so the 5% step boundaries fall alike.
  const k = Math.abs(Math.ceil((dark * 100 / (size * size)) / 5) - 10);
  return points + blocks * WEIGHT_N2 + k * WEIGHT_N4;
}

/** The rest of the penalty: N1 + N3 along columns. */
export function scoreQrColumnRules(packed: PackedQr, mask: number): number {
  nibblePoints ??= buildNibblePoints();
  return scoreLines(packed, packed.columns, packed.freeColumns, QR_MASK_COLUMN_NIBBLES[mask]!, QR_MASK_PERIOD_COLS, packed.maskedColumns, nibblePoints);
}

/** Total penalty of `packed` with mask `mask` (0-7) applied to its data modules. */
export function scorePackedQr(packed: PackedQr, mask: number): number {
  return scoreQrRowRules(packed, mask) + scoreQrColumnRules(packed, mask);
}
