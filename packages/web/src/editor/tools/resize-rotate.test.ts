import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';
import { resizeRect } from './resize-gesture';
import { MIN_ELEMENT_MM } from './tool';

function editor(): TestEditor {
  return new TestEditor(makeDocument([rectElement('a', 10, 10, 20, 10), rectElement('b', 60, 40, 10, 10)])).click(15, 15);
}

describe('resizing by the handles', () => {
  it('drags the south-east corner to grow the element (one undo step)', () => {
    const ed = editor().drag([30, 20], [35, 23], { alt: true });
    expect(ed.element('a')).toMatchObject({ xMm: 10, yMm: 10, widthMm: 25, heightMm: 13 });
    expect(ed.state.history.past).toHaveLength(1);
  });

  it('drags the west edge: the left side moves, the right side stays', () => {
    const ed = editor().drag([10, 15], [4, 40], { alt: true });
    expect(ed.element('a')).toMatchObject({ xMm: 4, yMm: 10, widthMm: 26, heightMm: 10 });
  });

  it('keeps a minimum size when a handle is dragged past the opposite edge', () => {
    const ed = editor().drag([30, 20], [0, 0], { alt: true });
    expect(ed.element('a')).toMatchObject({ xMm: 10, yMm: 10, widthMm: MIN_ELEMENT_MM, heightMm: MIN_ELEMENT_MM });
  });

  it('keeps the proportions with Shift', () => {
    const ed = editor().drag([30, 20], [50, 21], { shift: true });
    expect(ed.element('a')).toMatchObject({ xMm: 10, yMm: 10, widthMm: 40, heightMm: 20 });
  });

  it('snaps a moving edge to other elements\' edges', () => {
    // b's left edge is x = 60: the east handle dragged to 59.5 lands there.
    const ed = editor().drag([30, 15], [59.5, 15]);
    expect(ed.element('a').widthMm).toBe(50);
  });

  it('scales every element of a multiple selection with the selection box', () => {
    const ed = editor().perform('select-all');
    // Selection 10..70 x 10..50; pulling its east edge from 70 to 130 doubles the width.
    ed.drag([70, 30], [130, 30], { alt: true });
    expect(ed.element('a')).toMatchObject({ xMm: 10, widthMm: 40 });
    expect(ed.element('b')).toMatchObject({ xMm: 110, widthMm: 20 });
  });

  it('computes aspect-kept boxes anchored at the opposite corner or centred on the other axis', () => {
    const b = { xMm: 0, yMm: 0, widthMm: 20, heightMm: 10 };
    expect(resizeRect(b, 'nw', -20, -1, { keepAspect: true })).toEqual({ xMm: -20, yMm: -10, widthMm: 40, heightMm: 20 });
    expect(resizeRect(b, 's', 0, 10, { keepAspect: true })).toEqual({ xMm: -10, yMm: 0, widthMm: 40, heightMm: 20 });
  });
});

describe('rotating by the handle', () => {
  // The rotate handle floats 24 px (3 mm at zoom 1, 203 dpi) above the top edge's middle.
  it('turns the element in quarter turns as the pointer sweeps around its centre', () => {
    const ed = editor().down(20, 10 - 3.003).move(35, 15);
    expect(ed.state.tool.id).toBe('select.rotating');
    expect(ed.element('a')).toMatchObject({ rotation: 90, widthMm: 10, heightMm: 20, xMm: 15, yMm: 5 });
    ed.move(20, 30);
    expect(ed.element('a').rotation).toBe(180);
    ed.up(20, 30);
    expect(ed.element('a')).toMatchObject({ rotation: 180, xMm: 10, yMm: 10, widthMm: 20, heightMm: 10 });
    expect(ed.state.history.past).toHaveLength(1);
  });

  it('records nothing when the sweep ends where it began', () => {
    const ed = editor().down(20, 7).move(35, 15).move(20, 0).up(20, 0);
    expect(ed.element('a').rotation).toBe(0);
    expect(ed.state.history.past).toHaveLength(0);
  });
});
