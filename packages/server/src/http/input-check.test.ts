import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInputProblem, MAX_INPUT_DEPTH } from './input-check';

/** The rule written the obvious (recursive) way, for shallow values. */
function violates(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || !encodes(value);
  if (value === null || typeof value !== 'object') return false;
  if (depth >= MAX_INPUT_DEPTH) return true;
  return Object.entries(value).some(([k, v]) => k === '__proto__' || (!Array.isArray(value) && violates(k)) || violates(v, depth + 1));
}

/** encodeURIComponent refuses exactly the strings with a lone surrogate: an independent check. */
function encodes(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

describe('the shared input rule', () => {
  it('agrees with the recursive definition on any JSON value, and never throws', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), fc.string({ unit: 'binary' }), (value, text) => {
      for (const input of [value, { text }, [value, text], { [text]: value }]) expect(findInputProblem(input) !== undefined).toBe(violates(input));
    }), { numRuns: 300 });
  });

  it('stops at the depth limit without recursion, however deep the value', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findInputProblem(deep)).toEqual({ path: '[0]'.repeat(MAX_INPUT_DEPTH), message: `nested more than ${MAX_INPUT_DEPTH} levels deep` });
    expect(findInputProblem({ a: [[{ b: 'x\ud800' }]] })).toEqual({ path: 'a[0][0].b', message: expect.stringMatching(/lone UTF-16 surrogate/) });
    expect(findInputProblem({ ok: 'tag \ud83c\udff7' })).toBeUndefined();
  });
});
