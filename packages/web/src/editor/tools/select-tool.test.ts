import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';

// At the default viewport (zoom 1, 203 dpi) a screen pixel is 0.125 mm: the snap threshold
// (6 px) is 0.75 mm and a move under 3 px (0.375 mm) is still a click.
function editor(): TestEditor {
  return new TestEditor(makeDocument([rectElement('a', 10, 10, 20, 10), rectElement('b', 40, 30, 10, 10), rectElement('c', 70, 5, 10, 10)]));
}

describe('select tool: clicking', () => {
  it('selects the element under the pointer, and clears the selection on empty label', () => {
    const ed = editor().click(15, 15);
    expect(ed.selection).toEqual(['a']);
    ed.click(45, 35);
    expect(ed.selection).toEqual(['b']);
    ed.click(90, 55);
    expect(ed.selection).toEqual([]);
  });

  it('adds and removes elements with Shift-click', () => {
    const ed = editor().click(15, 15).click(45, 35, { shift: true }).click(75, 10, { shift: true });
    expect(ed.selection).toEqual(['a', 'b', 'c']);
    ed.click(45, 35, { shift: true });
    expect(ed.selection).toEqual(['a', 'c']);
  });

  it('narrows a multiple selection to the element clicked without moving', () => {
    const ed = editor().perform('select-all').click(45, 35);
    expect(ed.selection).toEqual(['b']);
  });

  it('treats a shaky click (under 3 px) as a click: nothing moves, no undo step', () => {
    const ed = editor().down(15, 15).move(15.2, 15.1).up(15.2, 15.1);
    expect(ed.element('a')).toMatchObject({ xMm: 10, yMm: 10 });
    expect(ed.state.history.past).toHaveLength(0);
    expect(ed.state.tool.id).toBe('select.idle');
  });
});

describe('select tool: marquee', () => {
  it('selects what the rectangle touches, live, and adds to the selection with Shift', () => {
    const ed = editor().down(35, 25).move(60, 50);
    expect(ed.state.tool.id).toBe('select.marquee');
    expect(ed.selection).toEqual(['b']);
    ed.move(5, 5);
    expect(ed.selection).toEqual(['a']);
    ed.up(5, 5);
    expect(ed.state.tool.id).toBe('select.idle');
    ed.drag([65, 2], [85, 20], { shift: true });
    expect(ed.selection).toEqual(['a', 'c']);
  });

  it('Escape puts the selection back as it was before the marquee', () => {
    const ed = editor().click(15, 15).down(35, 25, { shift: true }).move(60, 50).press('Escape');
    expect(ed.selection).toEqual(['a']);
    expect(ed.state.tool.id).toBe('select.idle');
  });
});

describe('select tool: dragging', () => {
  it('moves the selection with the pointer as one undo step', () => {
    const ed = editor().drag([15, 15], [18, 13], { alt: true });
    expect(ed.element('a')).toMatchObject({ xMm: 13, yMm: 8 });
    expect(ed.state.history.past).toHaveLength(1);
    ed.press('Mod+Z');
    expect(ed.element('a')).toMatchObject({ xMm: 10, yMm: 10 });
  });

  it('moves every selected element together', () => {
    const ed = editor().click(15, 15).click(45, 35, { shift: true }).drag([45, 35], [47, 36], { alt: true });
    expect([ed.element('a').xMm, ed.element('b').xMm, ed.element('c').xMm]).toEqual([12, 42, 70]);
  });

  it('snaps an edge to another element\'s edge within 6 px and shows the guide while dragging', () => {
    // b's left edge is at 40; dragging a right by 9.6 puts its right edge at 39.6: it snaps to 40.
    const ed = editor().down(15, 15).move(20, 15).move(24.6, 15);
    expect(ed.element('a').xMm).toBe(20);
    expect(ed.state.guides).toContainEqual({ axis: 'x', posMm: 40 });
    ed.up(24.6, 15);
    expect(ed.state.guides).toEqual([]);
    expect(ed.element('a').xMm).toBe(20);
  });

  it('does not snap from further than the threshold, nor with Alt held', () => {
    expect(editor().drag([15, 15], [23.5, 15]).element('a').xMm).toBe(18.5);
    expect(editor().drag([15, 15], [24.6, 15], { alt: true }).element('a').xMm).toBe(19.6);
  });

  it('snaps from further away when zoomed out (the threshold is in screen pixels)', () => {
    const ed = new TestEditor(makeDocument([rectElement('a', 10, 10, 20, 10), rectElement('b', 40, 30, 10, 10)]), { zoom: 0.25, panXPx: 0, panYPx: 0 });
    // 6 px at zoom 1/4 is 3 mm: a right edge at 37.5 snaps to 40.
    expect(ed.drag([15, 15], [22.5, 15]).element('a').xMm).toBe(20);
  });

  it('keeps the move horizontal or vertical with Shift', () => {
    const ed = editor().drag([15, 15], [21, 17], { shift: true, alt: true });
    expect(ed.element('a')).toMatchObject({ xMm: 16, yMm: 10 });
  });

  it('Escape mid-drag puts everything back and records nothing', () => {
    const ed = editor().down(15, 15).move(30, 30).press('Escape');
    expect(ed.element('a')).toMatchObject({ xMm: 10, yMm: 10 });
    expect(ed.state.tool.id).toBe('select.idle');
    expect(ed.state.history.past).toHaveLength(0);
  });

  it('ignores editing shortcuts while the pointer is down', () => {
    const ed = editor().down(15, 15).move(20, 20);
    expect(ed.key('Delete')).toBe(true);
    expect(ed.doc.elements).toHaveLength(3);
  });
});
