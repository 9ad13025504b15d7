import { createRequire } from 'node:module';
import fc from 'fast-check';
import { create } from 'qrcode/lib/core/qrcode';
import { describe, expect, it } from 'vitest';
import { chooseQrSegment, encodeQrMatrix, type QrErrorLevel } from './qr';
import { encodeFormatBits } from './qr-mask';
import { QR_MASK_TILES } from './qr-mask-tiles';
import { packQr } from './qr-packed';
import { scorePackedQr } from './qr-penalty';

/** qrcode's own internals, the reference the fast path must equal. */
const requireCjs = createRequire(import.meta.url);
interface RefBitMatrix { size: number; data: Uint8Array; get(row: number, col: number): number }
const MaskPattern = requireCjs('qrcode/lib/core/mask-pattern') as Record<'getPenaltyN1' | 'getPenaltyN2' | 'getPenaltyN3' | 'getPenaltyN4', (m: RefBitMatrix) => number>;
const BitMatrix = requireCjs('qrcode/lib/core/bit-matrix') as new (size: number) => RefBitMatrix;
const FormatInfo = requireCjs('qrcode/lib/core/format-info') as { getEncodedBits(level: { bit: number }, mask: number): number };
const ECLevel = requireCjs('qrcode/lib/core/error-correction-level') as Record<QrErrorLevel, { bit: number }>;

const LEVELS: readonly QrErrorLevel[] = ['L', 'M', 'Q', 'H'];
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** What qrcode's create() makes for the same segment when it picks the mask itself. */
function referenceSymbol(text: string, level: QrErrorLevel): { bits: Uint8Array; mask: number } {
  const qr = create([chooseQrSegment(text)], { errorCorrectionLevel: level });
  return { bits: Uint8Array.from(qr.modules.data, (b) => b & 1), mask: (qr as unknown as { maskPattern: number }).maskPattern };
}

function expectSameAsQrcode(text: string, level: QrErrorLevel): number {
  const ours = encodeQrMatrix(text, level);
  const ref = referenceSymbol(text, level);
  expect(ours.width * ours.height).toBe(ref.bits.length);
  expect(ours.bits.findIndex((b, i) => b !== ref.bits[i]), `${level} ${JSON.stringify(text)}`).toBe(-1);
  return ref.mask;
}

function referencePenalty(bits: Uint8Array, size: number): number {
  const m = new BitMatrix(size);
  m.data.set(bits);
  return MaskPattern.getPenaltyN1(m) + MaskPattern.getPenaltyN2(m) + MaskPattern.getPenaltyN3(m) + MaskPattern.getPenaltyN4(m);
}

describe('QR mask choice', () => {
  it('equals qrcode bit for bit on random text, numeric and alphanumeric data at every level', () => {
    const level = fc.constantFrom(...LEVELS);
    const any = fc.string({ unit: 'binary', minLength: 1, maxLength: 300 });
    const numeric = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 300 });
    const alphanumeric = fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 1, maxLength: 300 });
    for (const text of [any, numeric, alphanumeric]) {
      fc.assert(fc.property(text, level, (t, l) => { expectSameAsQrcode(t, l); }), { numRuns: 120 });
    }
  });

  it('equals qrcode for the shipping URL and for payloads where qrcode picks each of the 8 masks', () => {
    expectSameAsQrcode('https://track.example.com/parcel/1Z4F8K2M9Q7T?ref=000000001&lang=en', 'M');
    const masks = new Set<number>();
    for (let i = 0; i < 60; i++) {
      for (const level of LEVELS) masks.add(expectSameAsQrcode(`INK-${i * 7919} ünïcode`.slice(0, 4 + (i % 17)), level));
    }
    expect([...masks].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Large versions (up to 40): long byte, alphanumeric and numeric payloads.
    for (const [text, level] of [['é'.repeat(1000), 'L'], ['LONG URL/'.repeat(180), 'M'], ['1234567890'.repeat(300), 'L'], ['x€'.repeat(300), 'H']] as const) {
      expectSameAsQrcode(text, level);
    }
  });

  it('scores N1-N4 exactly as qrcode on random matrices, through every mask table', () => {
    const matrix = fc.record({
      size: fc.constantFrom(21, 25, 29, 37, 45, 57),
      seed: fc.integer({ min: 1, max: 0x7fffffff }),
      // Skewed densities make long runs (N1), big blocks (N2) and far-off N4 steps common.
      darkPercent: fc.constantFrom(5, 30, 50, 70, 95),
    });
    fc.assert(fc.property(matrix, ({ size, seed, darkPercent }) => {
      let s = seed;
      const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 100;
      const bits = Uint8Array.from({ length: size * size }, () => (next() < darkPercent ? 1 : 0));
      const reserved = Uint8Array.from({ length: size * size }, () => (next() < 20 ? 1 : 0));
      const expected = referencePenalty(bits, size);
      for (let mask = 0; mask < 8; mask++) {
        // Packing takes mask `mask` off the free modules and scoring puts it back: the score is of `bits`.
        expect(scorePackedQr(packQr(bits, reserved, size, QR_MASK_TILES[mask]!), mask)).toBe(expected);
      }
    }), { numRuns: 150 });
  });

  it('finds N3 finder-like patterns in rows and columns, away from the edges too', () => {
    const size = 25;
    const bits = new Uint8Array(size * size);
    const pattern = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0];
    pattern.forEach((v, k) => { bits[3 * size + 9 + k] = v; bits[(9 + k) * size + 14] = v; });
    const expected = referencePenalty(bits, size);
    expect(scorePackedQr(packQr(bits, new Uint8Array(size * size), size, QR_MASK_TILES[0]!), 0)).toBe(expected);
  });

  it('encodes format information as qrcode does for every level and mask', () => {
    for (const level of LEVELS) {
      for (let mask = 0; mask < 8; mask++) expect(encodeFormatBits(level, mask)).toBe(FormatInfo.getEncodedBits(ECLevel[level], mask));
    }
  });
});
