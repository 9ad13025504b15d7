import { describe, expect, it } from 'vitest';
import { getMmPerDot } from './viewport';
import { TestEditor } from './test-editor';
import { makeDocument } from './testing/make-document';

describe('a user designing a label (100 x 60 mm, 203 dpi)', () => {
  it('draws a rect, drags it 10 mm right onto the label centre, undoes, redoes, pastes, aligns, nudges and deletes', () => {
    const ed = new TestEditor(makeDocument([]));

    // Draw a rectangle with the R tool.
    ed.press('R').drag([10, 10], [40, 30]);
    expect(ed.doc.elements).toEqual([expect.objectContaining({ type: 'rect', id: 'rect-1', xMm: 10, yMm: 10, widthMm: 30, heightMm: 20 })]);
    expect(ed.selection).toEqual(['rect-1']);

    // Drag it right by 9.7 mm: its right edge comes within 6 px of the label centre and snaps there.
    ed.down(25, 20).move(30, 20).move(34.7, 20);
    expect(ed.state.tool.id).toBe('select.dragging');
    expect(ed.state.guides).toContainEqual({ axis: 'x', posMm: 50 });
    ed.up(34.7, 20);
    expect(ed.element('rect-1')).toMatchObject({ xMm: 20, yMm: 10 });

    // Undo and redo the whole drag in one step each.
    ed.press('Mod+Z');
    expect(ed.element('rect-1').xMm).toBe(10);
    ed.press('Mod+Shift+Z');
    expect(ed.element('rect-1').xMm).toBe(20);

    // Copy and paste: a copy 2 mm right and down, on top and selected.
    ed.press('Mod+C').press('Mod+V');
    expect(ed.element('rect-2')).toMatchObject({ xMm: 22, yMm: 12 });
    expect(ed.selection).toEqual(['rect-2']);

    // Shift-click the original where the copy does not cover it, then align both left.
    ed.click(21, 11, { shift: true });
    expect(ed.selection).toEqual(['rect-2', 'rect-1']);
    ed.press('Alt+A');
    expect([ed.element('rect-1').xMm, ed.element('rect-2').xMm]).toEqual([20, 20]);

    // Nudge: one dot right, then 1 mm down.
    ed.press('ArrowRight').press('Shift+ArrowDown');
    expect(ed.element('rect-1').xMm).toBeCloseTo(20 + getMmPerDot(203), 4);
    expect(ed.element('rect-2')).toMatchObject({ yMm: 13 });

    // Delete both, and get them back.
    ed.press('Delete');
    expect(ed.doc.elements).toEqual([]);
    ed.press('Mod+Z');
    expect(ed.doc.elements.map((el) => el.id)).toEqual(['rect-1', 'rect-2']);
    expect(ed.state.history.past).toHaveLength(6);
  });
});
