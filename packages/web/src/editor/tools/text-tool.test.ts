import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';

const withText = () => new TestEditor(makeDocument([
  { type: 'text', id: 'price', xMm: 10, yMm: 10, widthMm: 30, heightMm: 8, text: 'Old price' },
  rectElement('box', 50, 10, 20, 20),
]));

describe('typing on the canvas', () => {
  it('opens a new text element for typing, its placeholder selected, and the words typed replace it in one undo step', () => {
    const ed = new TestEditor(makeDocument([])).tool('text').click(5, 5, { alt: true });
    expect(ed.state.tool).toMatchObject({ id: 'text.editing', elementId: 'text-1', selectAll: true });
    ed.editor.editText('B');
    ed.editor.editText('Best price');
    expect(ed.element('text-1')).toMatchObject({ text: 'Best price' });
    ed.press('Escape');
    expect(ed.state.tool.id).toBe('select.idle');
    expect(ed.selection).toEqual(['text-1']);
    expect(ed.element('text-1')).toMatchObject({ text: 'Best price' });
    ed.press('Mod+Z');
    expect(ed.element('text-1')).toMatchObject({ text: 'Text' });
    ed.press('Mod+Z');
    expect(ed.doc.elements).toHaveLength(0);
  });

  it('gives letters to the text, not to the tool shortcuts, while editing', () => {
    const ed = withText();
    ed.editor.startTextEdit('price');
    for (const key of ['B', 'e', 's', 't', 'Backspace', 'Delete', 'ArrowLeft']) expect(ed.key(key), key).toBe(false);
    expect(ed.state.tool.id).toBe('text.editing');
    expect(ed.doc.elements).toHaveLength(2);
  });

  it('finishes with a press outside, which then selects what it lands on (no shape is drawn)', () => {
    const ed = withText();
    ed.editor.startTextEdit('price');
    ed.editor.editText('Now 2.99');
    ed.click(60, 20);
    expect(ed.state.tool.id).toBe('select.idle');
    expect(ed.selection).toEqual(['box']);
    expect(ed.doc.elements.map((el) => el.type)).toEqual(['text', 'rect']);
    expect(ed.element('price')).toMatchObject({ text: 'Now 2.99' });
    expect(ed.state.history.past).toHaveLength(1);
  });

  it('records no undo step when the text ends as it began, and opens only elements with text', () => {
    const ed = withText();
    ed.editor.startTextEdit('price');
    ed.editor.editText('Old');
    ed.editor.editText('Old price');
    ed.editor.finishTextEdit();
    expect(ed.state.history.past).toHaveLength(0);
    ed.editor.startTextEdit('box');
    expect(ed.state.tool.id).toBe('select.idle');
  });

  it('does not apply text the element refuses (over its length limit)', () => {
    const ed = withText();
    ed.editor.startTextEdit('price');
    ed.editor.editText('x'.repeat(10_001));
    expect(ed.element('price')).toMatchObject({ text: 'Old price' });
  });

  it('resolves no shortcut for a key that is part of an input method composition', () => {
    const ed = withText();
    expect(ed.editor.keyDown({ key: 'e', composing: true })).toBe(false);
    expect(ed.state.tool.id).toBe('select.idle');
    expect(ed.editor.keyDown({ key: 'e' })).toBe(true);
    expect(ed.state.tool).toEqual({ id: 'draw.idle', template: 'ellipse' });
  });
});
