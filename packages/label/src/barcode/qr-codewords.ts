import type { QrSegmentInput } from 'qrcode/lib/core/qrcode';
import { getBlocksCount, getTotalCodewordsCount } from 'qrcode/lib/core/error-correction-code';
import { H, L, M, Q, type QrLevel } from 'qrcode/lib/core/error-correction-level';
import { ALPHANUMERIC, BYTE, getCharCountIndicator, NUMERIC, type QrMode } from 'qrcode/lib/core/mode';
import { getSymbolTotalCodewords } from 'qrcode/lib/core/utils';
import type { QrErrorLevel } from './qr';

/**
 * The codeword sequence of a single-segment QR Code, bit for bit what the `qrcode` package puts in
 * a symbol (mode indicator, character count, data, terminator, pad bytes; Reed-Solomon blocks;
 * interleaving), written straight into typed arrays. The block tables come from `qrcode` itself.
 */

const LEVELS: Readonly<Record<QrErrorLevel, QrLevel>> = { L, M, Q, H };
const ALPHANUMERIC_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
/** qrcode's mode of each segment kind: its mode indicator and character count widths. */
export const QR_MODES: Readonly<Record<QrSegmentInput['mode'], QrMode>> = { numeric: NUMERIC, alphanumeric: ALPHANUMERIC, byte: BYTE };

/** Data and error correction codewords of one symbol, interleaved as they are placed. */
export function encodeQrCodewords(segment: QrSegmentInput, version: number, level: QrErrorLevel): Uint8Array {
  const total = getSymbolTotalCodewords(version);
  const ecTotal = getTotalCodewordsCount(version, LEVELS[level]);
  const data = writeDataCodewords(segment, version, total - ecTotal);
  return interleave(data, total, ecTotal, getBlocksCount(version, LEVELS[level]));
}

/** Big-endian bit writer over a fixed number of bytes. */
class BitWriter {
  readonly bytes: Uint8Array;
  bits = 0;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }
  put(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--, this.bits++) {
      if ((value >>> i) & 1) this.bytes[this.bits >> 3]! |= 0x80 >>> (this.bits & 7);
    }
  }
}

function writeDataCodewords(segment: QrSegmentInput, version: number, dataCodewords: number): Uint8Array {
  const mode = QR_MODES[segment.mode];
  const w = new BitWriter(dataCodewords);
  const length = segment.data.length;
  w.put(mode.bit, 4);
  w.put(length, getCharCountIndicator(mode, version));
  if (segment.mode === 'byte') {
    const bytes = segment.data as Uint8Array;
    for (let i = 0; i < length; i++) w.put(bytes[i]!, 8);
  } else if (segment.mode === 'numeric') {
    const digits = segment.data as string;
    for (let i = 0; i < length; i += 3) {
      const group = digits.slice(i, i + 3);
      w.put(Number(group), group.length * 3 + 1); // 3 digits: 10 bits, 2: 7, 1: 4
    }
  } else {
    const text = segment.data as string;
    for (let i = 0; i < length; i += 2) {
      const first = ALPHANUMERIC_CHARS.indexOf(text[i]!);
      if (i + 1 < length) w.put(first * 45 + ALPHANUMERIC_CHARS.indexOf(text[i + 1]!), 11);
      else w.put(first, 6);
    }
  }
  const capacity = dataCodewords * 8;
  if (w.bits + 4 <= capacity) w.bits += 4; // terminator
  w.bits = (w.bits + 7) & ~7; // zero bits up to the byte
  for (let i = 0, at = w.bits >> 3; at < dataCodewords; i++, at++) w.bytes[at] = i % 2 ? 0x11 : 0xec;
  return w.bytes;
}

/** Splits the data into blocks (group 2 blocks one codeword longer), adds each block's EC, interleaves. */
function interleave(data: Uint8Array, total: number, ecTotal: number, blocks: number): Uint8Array {
  const group2 = total % blocks;
  const group1 = blocks - group2;
  const data1 = Math.floor((total - ecTotal) / blocks);
  const ecCount = Math.floor(total / blocks) - data1;
  const generator = generatorPolynomial(ecCount);
  const out = new Uint8Array(total);
  const ec = new Uint8Array(ecCount);
  let offset = 0;
  for (let b = 0; b < blocks; b++) {
    const size = b < group1 ? data1 : data1 + 1;
    // Data codeword i of block b lands at i * blocks + b (group 2's extra last one after all of group 1's).
    for (let i = 0; i < size; i++) out[i < data1 ? i * blocks + b : data1 * blocks + (b - group1)] = data[offset + i]!;
    reedSolomonRemainder(data, offset, size, generator, ec);
    for (let i = 0; i < ecCount; i++) out[total - ecTotal + i * blocks + b] = ec[i]!;
    offset += size;
  }
  return out;
}

/** GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1: antilog and log tables. */
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 0x100) x ^= 0x11d;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;

const generators = new Map<number, Uint8Array>();

/** The monic generator (x - a^0)...(x - a^(n-1)), highest power first, without its leading 1. */
function generatorPolynomial(degree: number): Uint8Array {
  let g = generators.get(degree);
  if (g) return g;
  let poly = Uint8Array.of(1);
  for (let i = 0; i < degree; i++) {
    const next = new Uint8Array(poly.length + 1);
    for (let j = 0; j < poly.length; j++) {
      next[j]! ^= poly[j]!;
      if (poly[j]) next[j + 1]! ^= EXP[LOG[poly[j]!]! + i]!;
    }
    poly = next;
  }
  g = poly.subarray(1);
  generators.set(degree, g);
  return g;
}

/** The remainder of data(x) * x^n divided by the generator: the block's n error correction codewords. */
function reedSolomonRemainder(data: Uint8Array, from: number, count: number, generator: Uint8Array, out: Uint8Array): void {
  const n = generator.length;
  out.fill(0);
  for (let i = 0; i < count; i++) {
    const factor = data[from + i]! ^ out[0]!;
    out.copyWithin(0, 1);
    out[n - 1] = 0;
    if (factor === 0) continue;
    const logFactor = LOG[factor]!;
    for (let j = 0; j < n; j++) if (generator[j]) out[j]! ^= EXP[LOG[generator[j]!]! + logFactor]!;
  }
}
