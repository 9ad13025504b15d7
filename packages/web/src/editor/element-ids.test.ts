import { describe, expect, it } from 'vitest';
import { assignMissingIds, createIdAllocator } from './element-ids';
import { makeDocument, rectElement } from './testing/make-document';

describe('element ids', () => {
  it('gives elements without an id (or with a duplicate one) a fresh id and keeps the others', () => {
    const doc = makeDocument([rectElement('rect-1', 0, 0, 1, 1), { type: 'rect', xMm: 0, yMm: 0, widthMm: 1, heightMm: 1 }, rectElement('rect-1', 2, 2, 1, 1)]);
    const ids = assignMissingIds(doc).elements.map((el) => el.id);
    expect(ids).toEqual(['rect-1', 'rect-2', 'rect-3']);
  });

  it('returns the same document when every element has a unique id', () => {
    const doc = makeDocument([rectElement('a', 0, 0, 1, 1)]);
    expect(assignMissingIds(doc)).toBe(doc);
  });

  it('never hands out an id twice, nor one the document uses', () => {
    const allocate = createIdAllocator(makeDocument([rectElement('text-1', 0, 0, 1, 1)]));
    expect([allocate('text'), allocate('text'), allocate('rect')]).toEqual(['text-2', 'text-3', 'rect-1']);
  });
});
