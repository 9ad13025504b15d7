import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';

function editor(): TestEditor {
  return new TestEditor(makeDocument([rectElement('a', 10, 10, 20, 10), rectElement('b', 40, 30, 10, 6), rectElement('c', 70, 20, 6, 4)], { marginsMm: { left: 3, right: 5, top: 0, bottom: 0 } }));
}
const xs = (ed: TestEditor) => ed.doc.elements.map((el) => el.xMm);
const ys = (ed: TestEditor) => ed.doc.elements.map((el) => el.yMm);

describe('align actions', () => {
  it('aligns several elements to the selection bounds', () => {
    expect(xs(editor().perform('select-all').press('Alt+A'))).toEqual([10, 10, 10]);
    expect(xs(editor().perform('select-all').press('Alt+D'))).toEqual([56, 66, 70]);
    expect(xs(editor().perform('select-all').press('Alt+H'))).toEqual([33, 38, 40]);
    expect(ys(editor().perform('select-all').press('Alt+W'))).toEqual([10, 10, 10]);
    expect(ys(editor().perform('select-all').press('Alt+S'))).toEqual([26, 30, 32]);
    expect(ys(editor().perform('select-all').press('Alt+V'))).toEqual([18, 20, 21]);
  });

  it('aligns one element to the printable area (the label inside its margins)', () => {
    expect(editor().click(15, 15).press('Alt+A').element('a').xMm).toBe(3);
    expect(editor().click(15, 15).press('Alt+D').element('a').xMm).toBe(75);
    expect(editor().click(15, 15).press('Alt+H').element('a').xMm).toBe(39);
    expect(editor().click(15, 15).press('Alt+S').element('a').yMm).toBe(50);
  });

  it('matches Alt shortcuts by physical key, as a Mac reports Alt+A as "å"', () => {
    const ed = editor().perform('select-all');
    expect(ed.editor.keyDown({ key: 'å', code: 'KeyA', alt: true })).toBe(true);
    expect(xs(ed)).toEqual([10, 10, 10]);
  });

  it('distributes with equal gaps, keeping the first and last in place', () => {
    const ed = editor().perform('select-all').perform('distribute-horizontal');
    // Span 10..76 = 66 mm, widths 36 mm: two gaps of 15 mm.
    expect(xs(ed)).toEqual([10, 45, 70]);
    const v = editor().perform('select-all').perform('distribute-vertical');
    // Sorted by top: a (10, h10), c (20, h4), b (30, h6): span 10..36 = 26, heights 20, gaps 3.
    expect(v.element('a').yMm).toBe(10);
    expect(v.element('c').yMm).toBe(23);
    expect(v.element('b').yMm).toBe(30);
  });

  it('does not distribute fewer than three elements', () => {
    const ed = editor().click(15, 15).click(45, 33, { shift: true }).perform('distribute-horizontal');
    expect(ed.state.history.past).toHaveLength(0);
  });
});
