import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';

const doc = () => makeDocument([rectElement('a', 10, 10, 20, 10), rectElement('b', 50, 30, 10, 10)]);

describe('edit actions', () => {
  it('deletes the selection as one undo step', () => {
    const ed = new TestEditor(doc()).perform('select-all').press('Delete');
    expect(ed.doc.elements).toEqual([]);
    expect(ed.selection).toEqual([]);
    ed.press('Mod+Z');
    expect(ed.doc.elements.map((el) => el.id)).toEqual(['a', 'b']);
    expect(ed.selection).toEqual(['a', 'b']);
  });

  it('duplicates on top, offset by 2 mm, with new ids, and selects the copies', () => {
    const ed = new TestEditor(doc()).click(15, 15).press('Mod+D');
    expect(ed.doc.elements.map((el) => el.id)).toEqual(['a', 'b', 'rect-1']);
    expect(ed.selection).toEqual(['rect-1']);
    expect(ed.element('rect-1')).toMatchObject({ xMm: 12, yMm: 12, widthMm: 20, heightMm: 10 });
  });

  it('pastes copies that fan out, each paste 2 mm further', () => {
    const ed = new TestEditor(doc()).click(15, 15).press('Mod+C').press('Mod+V').press('Mod+V');
    expect(ed.doc.elements.slice(2).map((el) => [el.xMm, el.yMm])).toEqual([[12, 12], [14, 14]]);
    expect(new Set(ed.doc.elements.map((el) => el.id)).size).toBe(4);
  });

  it('cuts: removes the selection and can paste it back', () => {
    const ed = new TestEditor(doc()).click(55, 35).press('Mod+X');
    expect(ed.doc.elements.map((el) => el.id)).toEqual(['a']);
    ed.press('Mod+V');
    expect(ed.doc.elements).toHaveLength(2);
    expect(ed.doc.elements[1]).toMatchObject({ xMm: 52, yMm: 32 });
  });

  it('does nothing without a selection (and records no undo step)', () => {
    const ed = new TestEditor(doc()).press('Delete').press('Mod+D').press('Mod+V');
    expect(ed.doc.elements).toHaveLength(2);
    expect(ed.state.history.past).toHaveLength(0);
  });

  it('copy changes no document, so it is not an undo step', () => {
    const ed = new TestEditor(doc()).click(15, 15).press('Mod+C');
    expect(ed.state.clipboard?.elements.map((el) => el.id)).toEqual(['a']);
    expect(ed.state.history.past).toHaveLength(0);
  });
});
