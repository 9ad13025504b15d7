import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementTemplates } from './element-templates';
import { EMPTY_HISTORY, isSameDocument, MAX_HISTORY, recordChange, redoHistory, undoHistory } from './history';
import { TestEditor } from './test-editor';
import { makeDocument, rectElement } from './testing/make-document';

const doc = makeDocument([
  rectElement('frame', 1, 1, 98, 58),
  { type: 'text', id: 'title', xMm: 5, yMm: 5, widthMm: 60, heightMm: 10, text: 'Title' },
  { type: 'line', id: 'rule', xMm: 5, yMm: 20, widthMm: 90, heightMm: 1 },
  { type: 'ellipse', id: 'dot', xMm: 70, yMm: 30, widthMm: 20, heightMm: 20 },
]);

describe('history', () => {
  it('undoes to the snapshot before a change and redoes back to it', () => {
    const a = { doc, selection: [] };
    const b = { doc: makeDocument([]), selection: ['x'] };
    const h = recordChange(EMPTY_HISTORY, a);
    const undone = undoHistory(h, b)!;
    expect(undone.snapshot).toBe(a);
    const redone = redoHistory(undone.history, a)!;
    expect(redone.snapshot).toBe(b);
    expect(undoHistory(EMPTY_HISTORY, a)).toBeUndefined();
    expect(redoHistory(h, b)).toBeUndefined();
  });

  it('forgets redo on a new change and keeps at most MAX_HISTORY steps', () => {
    let h = recordChange(EMPTY_HISTORY, { doc, selection: [] });
    h = undoHistory(h, { doc, selection: [] })!.history;
    expect(recordChange(h, { doc, selection: [] }).future).toEqual([]);
    for (let i = 0; i < MAX_HISTORY + 10; i++) h = recordChange(h, { doc, selection: [String(i)] });
    expect(h.past).toHaveLength(MAX_HISTORY);
    expect(h.past[0]!.selection).toEqual(['10']);
  });

  it('compares documents by content, element by element', () => {
    expect(isSameDocument(doc, { ...doc, elements: doc.elements.map((el) => ({ ...el })) })).toBe(true);
    expect(isSameDocument(doc, { ...doc, elements: doc.elements.map((el, i) => (i === 2 ? { ...el, xMm: 6 } : el)) })).toBe(false);
    expect(isSameDocument(doc, { ...doc, elements: [...doc.elements].reverse() })).toBe(false);
  });

  it('coalesces a drag into one undo step', () => {
    const ed = new TestEditor(doc).drag([30, 10], [45, 12], { alt: true }, 20);
    expect(ed.state.history.past).toHaveLength(1);
    expect(ed.press('Mod+Z').doc).toBe(doc);
  });
});

/** One step of a user's session. */
const command = fc.oneof(
  fc.record({ kind: fc.constant('select' as const), picks: fc.array(fc.nat(), { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('action' as const),
    id: fc.constantFrom('delete', 'duplicate', 'copy', 'cut', 'paste', 'select-all', 'nudge-left', 'nudge-down-mm', 'align-left', 'align-middle',
      'distribute-horizontal', 'bring-forward', 'send-to-back', 'rotate-cw', 'undo', 'redo', 'cancel'),
  }),
  fc.record({
    kind: fc.constant('drag' as const),
    from: fc.tuple(fc.integer({ min: -5, max: 105 }), fc.integer({ min: -8, max: 65 })),
    to: fc.tuple(fc.double({ min: -5, max: 105, noNaN: true }), fc.double({ min: -5, max: 65, noNaN: true })),
    shift: fc.boolean(),
    alt: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('draw' as const),
    template: fc.constantFrom(...elementTemplates.keys()),
    from: fc.tuple(fc.double({ min: 0, max: 90, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })),
    size: fc.tuple(fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true })),
  }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function run(ed: TestEditor, c: Command): void {
  if (c.kind === 'select') {
    const ids = ed.doc.elements.map((el) => el.id!);
    ed.editor.store.setState((s) => ({ ...s, selection: ids.length ? [...new Set(c.picks.map((i) => ids[i % ids.length]!))] : [] }));
  } else if (c.kind === 'action') ed.perform(c.id);
  else if (c.kind === 'drag') ed.drag(c.from, c.to, { shift: c.shift, alt: c.alt });
  else ed.tool(c.template).drag(c.from, [c.from[0] + c.size[0], c.from[1] + c.size[1]]);
}

describe('history over any session (property)', () => {
  it('undoing every step returns the original document, and redoing as many returns the last one', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const ed = new TestEditor(doc);
        for (const c of commands) run(ed, c);
        const last = ed.doc;
        const steps = ed.state.history.past.length;
        for (let i = 0; i < steps; i++) ed.perform('undo');
        expect(ed.state.history.past).toHaveLength(0);
        expect(ed.doc).toEqual(doc);
        // As many redos as undos (the session may itself have ended on undos, leaving more to redo).
        for (let i = 0; i < steps; i++) ed.perform('redo');
        expect(ed.doc).toEqual(last);
      }),
      { numRuns: 200 },
    );
  });
});
