import { create } from 'qrcode/lib/core/qrcode';
import type { QrErrorLevel } from './qr';

/**
 * What every QR Code of one version and level has in common, worked out once: the function
 * patterns (finders, timing, alignment, format information for mask 0, version information), which
 * modules they reserve, and the order in which the data modules take the codeword bits.
 */
export interface QrTemplate {
  readonly size: number;
  /** Function modules set, data modules 0; row-major, one byte per module. */
  readonly modules: Uint8Array;
  /** 1 where a module is a function module (as qrcode's BitMatrix.reservedBit). */
  readonly reserved: Uint8Array;
  /** Data module indices in placement order: bit k of the codewords goes to dataOrder[k]. */
  readonly dataOrder: Int32Array;
  /** Mask 0 ((row + column) even) at each data module, in placement order. */
  readonly mask0: Uint8Array;
}

const templates = new Map<string, QrTemplate>();

/**
 * The template of a version (1-40) at a level. The function patterns are qrcode's own: a symbol it
 * builds for that version with mask 0, with the data modules cleared.
 */
export function qrTemplate(version: number, level: QrErrorLevel): QrTemplate {
  const key = `${version}${level}`;
  let t = templates.get(key);
  if (t) return t;
  const built = create([{ data: '0', mode: 'numeric' }], { errorCorrectionLevel: level, maskPattern: 0, version }).modules as { size: number; data: Uint8Array; reservedBit?: Uint8Array };
  if (!(built.reservedBit instanceof Uint8Array)) throw new Error('qrcode no longer exposes reservedBit');
  const { size, reservedBit: reserved } = built;
  const modules = built.data.slice();
  for (let i = 0; i < modules.length; i++) if (!reserved[i]) modules[i] = 0;
  const order: number[] = [];
  // Two-module columns from the right, upwards then downwards, skipping the vertical timing column.
  for (let col = size - 1, up = true; col > 0; col -= 2, up = !up) {
    if (col === 6) col--;
    for (let step = 0; step < size; step++) {
      const row = up ? size - 1 - step : step;
      for (let c = 0; c < 2; c++) if (!reserved[row * size + col - c]) order.push(row * size + col - c);
    }
  }
  const dataOrder = Int32Array.from(order);
  const mask0 = Uint8Array.from(order, (i) => (Math.floor(i / size) + (i % size)) % 2 === 0 ? 1 : 0);
  t = { size, modules, reserved, dataOrder, mask0 };
  templates.set(key, t);
  return t;
}
