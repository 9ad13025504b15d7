// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- qrcode ships no typings for its core; this file is the only importer
/// <reference path="./qrcode-core.d.ts" />
import { create, type QrSegmentInput } from 'qrcode/lib/core/qrcode';
import { ALPHANUMERIC as ALPHANUMERIC_MODE, BYTE, NUMERIC } from 'qrcode/lib/core/mode';
import { getBestVersionForData } from 'qrcode/lib/core/version';
import { applyBestQrMask } from './qr-mask';
import type { MatrixSymbol } from './symbol';

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** UTF-8 bytes without TextEncoder typings (label's lib is plain ES2022). */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/**
 * One segment in the densest single mode (numeric, alphanumeric, else UTF-8 bytes). The qrcode
 * package's optimal mixed-mode split costs ~0.13 ms per call and rarely saves a version for labels.
 */
export function chooseQrSegment(text: string): QrSegmentInput {
  if (/^\d+$/.test(text)) return { data: text, mode: 'numeric' };
  if (ALPHANUMERIC.test(text)) return { data: text, mode: 'alphanumeric' };
  return { data: encodeUtf8(text), mode: 'byte' };
}

/** The mask qrcode is told to apply; applyBestQrMask undoes it and picks the best one itself. */
const FIXED_MASK = 0;

/**
 * QR Code module matrix via the pure core of `qrcode` (browser-safe, no renderers), with the
 * mandatory 4-module quiet zone. Bit for bit what qrcode produces, but the mask is chosen by
 * applyBestQrMask (qrcode's own choice costs ~0.23 ms of ~0.27). Throws the encoder's Error when
 * the text is too long.
 */
export function encodeQrMatrix(text: string, level: QrErrorLevel): MatrixSymbol {
  const segments = [chooseQrSegment(text)];
  const modules = create(segments, { errorCorrectionLevel: level, maskPattern: FIXED_MASK }).modules;
  const size = modules.size;
  // `reservedBit` (which modules are function patterns) is in qrcode 1.x's BitMatrix but not in its
  // typings; without it, fall back to qrcode's own (slow) mask choice.
  if ('reservedBit' in modules && modules.reservedBit instanceof Uint8Array) {
    const bits = applyBestQrMask(modules.data, modules.reservedBit, size, level, FIXED_MASK).bits;
    return { kind: 'matrix', symbology: 'qrcode', width: size, height: size, bits, quiet: 4 };
  }
  const src = create(segments, { errorCorrectionLevel: level }).modules.data;
  const bits = new Uint8Array(size * size);
  for (let i = 0; i < bits.length; i++) bits[i] = src[i]! & 1;
  return { kind: 'matrix', symbology: 'qrcode', width: size, height: size, bits, quiet: 4 };
}

/**
 * The side in modules (without the quiet zone) of the symbol encodeQrMatrix makes for this text:
 * the same segment mode and length, and qrcode's own version choice, without building the matrix.
 * For checks that only need the size (the batch preflight). Throws when the text is too long, like
 * encodeQrMatrix.
 */
export function measureQrSide(text: string, level: QrErrorLevel): number {
  const chosen = chooseQrSegment(text);
  const mode = chosen.mode === 'numeric' ? NUMERIC : chosen.mode === 'alphanumeric' ? ALPHANUMERIC_MODE : BYTE;
  const version = getBestVersionForData([{ mode, getLength: () => chosen.data.length }], level);
  if (!version) throw new Error('The amount of data is too big to be stored in a QR Code');
  return 4 * version + 17;
}

/** Byte capacity of version 40 at each level: beyond this no QR Code can hold the data. */
export const QR_MAX_BYTES: Readonly<Record<QrErrorLevel, number>> = { L: 2953, M: 2331, Q: 1663, H: 1273 };
