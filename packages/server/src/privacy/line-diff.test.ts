import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffLines, type DiffLine } from './line-diff';

const show = (d: DiffLine[]) => d.map((l) => `${l.op === 'same' ? ' ' : l.op === 'added' ? '+' : '-'}${l.text}`).join('\n');

describe('diffLines', () => {
  it('marks a changed line as removed then added, keeping the lines around it', () => {
    expect(show(diffLines('a\nb\nc\n', 'a\nx\nc\n'))).toBe(' a\n-b\n+x\n c');
  });

  it('finds insertions and deletions in the middle of long equal runs', () => {
    expect(show(diffLines('one\ntwo\nthree\nfour', 'zero\none\nthree\nfour\nfive'))).toBe('+zero\n one\n-two\n three\n four\n+five');
  });

  it('says nothing changed for equal texts and everything for disjoint ones', () => {
    expect(diffLines('p\nq', 'p\nq').every((l) => l.op === 'same')).toBe(true);
    expect(show(diffLines('', 'new'))).toBe('+new');
    expect(show(diffLines('old', ''))).toBe('-old');
  });

  it('always rebuilds both texts, with as many kept lines as a longest common subsequence', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    fc.assert(fc.property(lines, lines, (a, b) => {
      const d = diffLines(a.join('\n'), b.join('\n'));
      expect(d.filter((l) => l.op !== 'added').map((l) => l.text)).toEqual(a);
      expect(d.filter((l) => l.op !== 'removed').map((l) => l.text)).toEqual(b);
      expect(d.filter((l) => l.op === 'same').length).toBe(lcsLength(a, b));
    }));
  });
});

function lcsLength(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
}
