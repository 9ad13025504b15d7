import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';

const order = (ed: TestEditor) => ed.doc.elements.map((el) => el.id).join('');

function editor(selection: string[]): TestEditor {
  const ed = new TestEditor(makeDocument(['a', 'b', 'c', 'd', 'e'].map((id, i) => rectElement(id, i * 10, 0, 5, 5))));
  ed.editor.store.setState((s) => ({ ...s, selection }));
  return ed;
}

describe('layer actions', () => {
  it('brings forward and sends backward one step, moving a selected block as one', () => {
    expect(order(editor(['b', 'c']).press('Mod+]'))).toBe('adbce');
    expect(order(editor(['b', 'd']).press('Mod+]'))).toBe('acbed');
    expect(order(editor(['c', 'd']).press('Mod+['))).toBe('acdbe');
    expect(order(editor(['a']).press('Mod+['))).toBe('abcde');
  });

  it('brings to front and sends to back, keeping the selected elements\' own order', () => {
    expect(order(editor(['d', 'b']).perform('bring-to-front'))).toBe('acebd');
    expect(order(editor(['d', 'b']).perform('send-to-back'))).toBe('bdace');
    expect(order(editor(['a']).press('Mod+Shift+BracketRight'))).toBe('bcdea');
  });

  it('records no undo step when the order does not change', () => {
    const ed = editor(['e']).perform('bring-forward').perform('bring-to-front');
    expect(ed.state.history.past).toHaveLength(0);
  });
});
