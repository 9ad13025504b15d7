// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- qrcode ships no typings for its core; declared once here for the qr*.ts files that use it
/// <reference path="./qrcode-core.d.ts" />
import type { QrSegmentInput } from 'qrcode/lib/core/qrcode';
import { getBestVersionForData } from 'qrcode/lib/core/version';
import { encodeQrCodewords, QR_MODES } from './qr-codewords';
import { applyBestQrMask } from './qr-mask';
import { qrTemplate } from './qr-template';
import type { MatrixSymbol } from './symbol';

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

/** The characters of QR Code's alphanumeric mode: data made only of them is encoded 2 per 11 bits. */
export const QR_ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

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
  if (QR_ALPHANUMERIC.test(text)) return { data: text, mode: 'alphanumeric' };
  return { data: encodeUtf8(text), mode: 'byte' };
}

/** The mask the template's data modules carry; applyBestQrMask undoes it and picks the best one. */
const TEMPLATE_MASK = 0;

/**
 * QR Code module matrix, bit for bit what the `qrcode` package makes (its version choice, its
 * function patterns, its mask choice), with the mandatory 4-module quiet zone, but built from a
 * per-version template (qr-template.ts) and typed-array codewords (qr-codewords.ts), and masked by
 * applyBestQrMask: several times faster than qrcode's `create`, which matters when every label of
 * a batch carries its own QR Code. Throws when the text is too long for version 40.
 */
export function encodeQrMatrix(text: string, level: QrErrorLevel): MatrixSymbol {
  const segment = chooseQrSegment(text);
  const version = chooseQrVersion(segment, level);
  const template = qrTemplate(version, level);
  const codewords = encodeQrCodewords(segment, version, level);
  const modules = template.modules.slice();
  const { dataOrder, mask0 } = template;
  const bitCount = codewords.length * 8;
  for (let k = 0; k < dataOrder.length; k++) {
    const bit = k < bitCount ? (codewords[k >> 3]! >> (7 - (k & 7))) & 1 : 0; // remainder bits are 0
    modules[dataOrder[k]!] = bit ^ mask0[k]!;
  }
  const bits = applyBestQrMask(modules, template.reserved, template.size, level, TEMPLATE_MASK).bits;
  return { kind: 'matrix', symbology: 'qrcode', width: template.size, height: template.size, bits, quiet: 4 };
}

/**
 * The side in modules (without the quiet zone) of the symbol encodeQrMatrix makes for this text,
 * without building it: for checks that only need the size (the batch preflight). Throws when the
 * text is too long, like encodeQrMatrix.
 */
export function measureQrSide(text: string, level: QrErrorLevel): number {
  return 4 * chooseQrVersion(chooseQrSegment(text), level) + 17;
}

/** Versions chosen so far, by level, mode and data length: all the choice depends on. */
const chosenVersions = new Map<string, number>();

/** qrcode's version choice for one segment: the smallest that holds it. */
function chooseQrVersion(segment: QrSegmentInput, level: QrErrorLevel): number {
  const length = segment.data.length;
  const key = `${level}${segment.mode}${length}`;
  let version = chosenVersions.get(key);
  if (version === undefined) {
    version = getBestVersionForData([{ mode: QR_MODES[segment.mode], getLength: () => length }], level);
    if (!version) throw new Error('The amount of data is too big to be stored in a QR Code');
    chosenVersions.set(key, version);
  }
  return version;
}
