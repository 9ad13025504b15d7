import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';

describe('nudge actions', () => {
  it('moves by one printer dot, and by 1 mm with Shift', () => {
    const ed = new TestEditor(makeDocument([rectElement('a', 10, 10, 20, 10)], { dpi: 300 })).click(15, 15);
    ed.press('ArrowRight').press('ArrowRight').press('ArrowUp');
    expect(ed.element('a').xMm).toBeCloseTo(10 + (2 * 25.4) / 300, 3);
    expect(ed.element('a').yMm).toBeCloseTo(10 - 25.4 / 300, 3);
    ed.press('Shift+ArrowLeft').press('Shift+ArrowDown');
    expect(ed.element('a').xMm).toBeCloseTo(9 + (2 * 25.4) / 300, 3);
    expect(ed.element('a').yMm).toBeCloseTo(11 - 25.4 / 300, 3);
    expect(ed.state.history.past).toHaveLength(5);
  });
});

describe('rotate actions', () => {
  it('turns an element a quarter clockwise about its centre, swapping its box so content keeps its size', () => {
    const ed = new TestEditor(makeDocument([{ type: 'text', id: 't', xMm: 10, yMm: 20, widthMm: 40, heightMm: 10, text: 'Hi' }])).click(20, 25);
    ed.press('Shift+R');
    expect(ed.element('t')).toMatchObject({ rotation: 90, xMm: 25, yMm: 5, widthMm: 10, heightMm: 40 });
    ed.press('Shift+R').press('Shift+R').press('Shift+R');
    expect(ed.element('t')).toMatchObject({ rotation: 0, xMm: 10, yMm: 20, widthMm: 40, heightMm: 10 });
    ed.press('Alt+Shift+R');
    expect(ed.element('t').rotation).toBe(270);
  });

  it('turns a multiple selection as a group about the selection centre', () => {
    const ed = new TestEditor(makeDocument([rectElement('a', 0, 0, 10, 10), rectElement('b', 30, 0, 10, 10)])).perform('select-all').perform('rotate-cw');
    // Selection 0..40 x 0..10, centre (20, 5): a's centre (5, 5) goes to (20, -10), b's (35, 5) to (20, 20).
    expect(ed.element('a')).toMatchObject({ xMm: 15, yMm: -15, rotation: 90 });
    expect(ed.element('b')).toMatchObject({ xMm: 15, yMm: 15, rotation: 90 });
  });
});
