import bwipjs from 'bwip-js/generic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FNC1, code128Runs, encodeCode128Codewords } from './code128';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('encodeCode128Codewords', () => {
  it('uses subset C for digit pairs and the right check character', () => {
    // Start C (105), 12, 34, 56, check = (105 + 12 + 2*34 + 3*56) % 103 = 44.
    expect(encodeCode128Codewords(ascii('123456'))).toEqual([105, 12, 34, 56, 44]);
  });

  it('starts in B and switches to C for an even digit run after text', () => {
    const cw = encodeCode128Codewords(ascii('AB123456'));
    expect(cw.slice(0, 4)).toEqual([104, 33, 34, 99]);
    expect(cw.slice(4, 7)).toEqual([12, 34, 56]);
  });

  it('encodes an odd digit run without a lone digit in C', () => {
    // 5 digits: one digit in B then two pairs in C (4 data codewords), never "1234" + switch + "5".
    const cw = encodeCode128Codewords(ascii('12345'));
    expect(cw.length - 2).toBe(4);
  });

  it('uses subset A (or a shift) for control characters', () => {
    const cw = encodeCode128Codewords([...ascii('ab'), 9, ...ascii('cd')]);
    expect(cw).toContain(98); // one SHIFT is cheaper than two switches
  });

  it('puts FNC1 first for GS1 and after variable-length data', () => {
    const cw = encodeCode128Codewords([FNC1, ...ascii('10ABC'), FNC1, ...ascii('17250101')]);
    expect(cw[1]).toBe(102);
    expect(cw.filter((c) => c === 102)).toHaveLength(2);
  });

  it('never needs more symbol characters than bwip-js for random ASCII', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 30 }), (s) => {
      const ours = code128Runs(encodeCode128Codewords(ascii(s)));
      const theirs = bwipjs.raw('code128', s, {})[0] as { sbs: number[] };
      const width = (runs: ArrayLike<number>): number => Array.from(runs).reduce((a, b) => a + b, 0);
      expect(width(ours)).toBeLessThanOrEqual(width(theirs.sbs));
    }), { numRuns: 300 });
  });
});
