import type { LabelDocument, LabelElement } from '@inkless/label';
import { createEditor, type Editor } from './editor';
import type { EditorState } from './editor-state';
import { findElement } from './element-ids';
import { parseKeyCombo } from './keymap';
import type { PointerInput } from './tools/tool';
import type { Viewport } from './viewport';

/** Modifier keys held during a pointer event. */
export type Modifiers = Pick<PointerInput, 'shift' | 'alt' | 'mod'>;

/**
 * Drives an editor the way a user would, headless: pointer events in label millimetres and
 * shortcuts by name ('Mod+Z'). Tests read the state back and assert on it. Used only by tests.
 *
 * @example
 * const ed = new TestEditor(doc);
 * ed.tool('rect').drag([10, 10], [40, 30]).press('Mod+Z');
 * expect(ed.doc.elements).toHaveLength(0);
 */
export class TestEditor {
  readonly editor: Editor;

  constructor(doc: LabelDocument, viewport?: Viewport) {
    this.editor = createEditor(doc, viewport);
  }

  get state(): EditorState {
    return this.editor.store.getState();
  }

  get doc(): LabelDocument {
    return this.state.doc;
  }

  get selection(): readonly string[] {
    return this.state.selection;
  }

  /** The element with this id; fails the test (by throwing) when it is gone. */
  element(id: string): LabelElement {
    const el = findElement(this.doc, id);
    if (!el) throw new Error(`no element "${id}" (ids: ${this.doc.elements.map((e) => e.id).join(', ')})`);
    return el;
  }

  tool(toolId: string): this {
    this.editor.armTool(toolId);
    return this;
  }

  down(xMm: number, yMm: number, mods: Modifiers = {}): this {
    this.editor.pointerDown({ xMm, yMm, ...mods });
    return this;
  }

  move(xMm: number, yMm: number, mods: Modifiers = {}): this {
    this.editor.pointerMove({ xMm, yMm, ...mods });
    return this;
  }

  up(xMm: number, yMm: number, mods: Modifiers = {}): this {
    this.editor.pointerUp({ xMm, yMm, ...mods });
    return this;
  }

  click(xMm: number, yMm: number, mods: Modifiers = {}): this {
    return this.down(xMm, yMm, mods).up(xMm, yMm, mods);
  }

  /** Press, move in `steps` even steps (as a real pointer reports), release. */
  drag(from: readonly [number, number], to: readonly [number, number], mods: Modifiers = {}, steps = 4): this {
    this.down(from[0], from[1], mods);
    for (let i = 1; i <= steps; i++) {
      this.move(from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps, mods);
    }
    return this.up(to[0], to[1], mods);
  }

  /** A shortcut by name, e.g. 'Mod+Shift+Z' or 'Shift+ArrowLeft'. Returns whether a shortcut took it. */
  key(combo: string): boolean {
    const c = parseKeyCombo(combo);
    return this.editor.keyDown({ key: c.key, ctrl: c.mod, shift: c.shift, alt: c.alt });
  }

  /** Like key, but fails when no action handles the shortcut (a typo in a test, or a lost binding). */
  press(combo: string): this {
    if (!this.key(combo)) throw new Error(`no action is bound to ${combo}`);
    return this;
  }

  perform(actionId: string): this {
    this.editor.perform(actionId);
    return this;
  }
}
