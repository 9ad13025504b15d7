import { describe, expect, it } from 'vitest';
import { TestEditor } from '../editor/test-editor';
import { makeDocument } from '../editor/testing/make-document';
import { applyElementFields } from './element-edit';

const doc = () => makeDocument([{ type: 'text', id: 't', xMm: 5, yMm: 5, widthMm: 30, heightMm: 8, text: 'A' }]);

describe('editing an element in the properties panel', () => {
  it('applies a change the kind accepts as one undo step, and folds a continuing edit into it', () => {
    const ed = new TestEditor(doc());
    expect(applyElementFields(ed.editor, 't', { text: 'H' }, false)).toBeUndefined();
    expect(applyElementFields(ed.editor, 't', { text: 'He' }, true)).toBeUndefined();
    expect(applyElementFields(ed.editor, 't', { text: 'Hey' }, true)).toBeUndefined();
    expect(ed.element('t').text).toBe('Hey');
    expect(ed.state.history.past).toHaveLength(1);
    ed.press('Mod+Z');
    expect(ed.element('t').text).toBe('A');
  });

  it('refuses what the kind\'s schema refuses, with its message, and changes nothing', () => {
    const ed = new TestEditor(doc());
    const before = ed.doc;
    expect(applyElementFields(ed.editor, 't', { fontSizePt: 1 }, false)).toMatch(/at least 2 pt/);
    expect(applyElementFields(ed.editor, 't', { align: 'sideways' }, false)).toBeTruthy();
    expect(ed.doc).toBe(before);
  });

  it('removes an optional field given undefined, back to its default', () => {
    const ed = new TestEditor(doc());
    applyElementFields(ed.editor, 't', { name: 'Sender' }, false);
    expect(ed.element('t').name).toBe('Sender');
    applyElementFields(ed.editor, 't', { name: undefined }, false);
    expect('name' in ed.element('t')).toBe(false);
  });
});
