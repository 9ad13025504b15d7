import { describe, expect, it } from 'vitest';
import { actions } from './actions/registry';
import { createKeymap, matchesKeyCombo, parseKeyCombo } from './keymap';

describe('keymap', () => {
  const keymap = createKeymap(actions.values());

  it('resolves key presses to actions, Ctrl or Cmd standing for Mod', () => {
    expect(keymap.resolve({ key: 'z', ctrl: true })).toBe('undo');
    expect(keymap.resolve({ key: 'z', meta: true })).toBe('undo');
    expect(keymap.resolve({ key: 'Z', ctrl: true, shift: true })).toBe('redo');
    expect(keymap.resolve({ key: 'ArrowLeft' })).toBe('nudge-left');
    expect(keymap.resolve({ key: 'ArrowLeft', shift: true })).toBe('nudge-left-mm');
    expect(keymap.resolve({ key: 'Backspace' })).toBe('delete');
    expect(keymap.resolve({ key: 'r' })).toBe('tool.rect');
    expect(keymap.resolve({ key: 'R', shift: true })).toBe('rotate-cw');
  });

  it('needs the modifiers exactly: Ctrl+Alt+Z is not undo', () => {
    expect(keymap.resolve({ key: 'z', ctrl: true, alt: true })).toBeUndefined();
    expect(keymap.resolve({ key: 'q', ctrl: true })).toBeUndefined();
  });

  it('matches by physical key when the layout or Shift changes the character', () => {
    expect(keymap.resolve({ key: '}', code: 'BracketRight', ctrl: true, shift: true })).toBe('bring-to-front');
    expect(matchesKeyCombo(parseKeyCombo('Alt+Shift+1'), { key: '⁄', code: 'Digit1', alt: true, shift: true })).toBe(true);
  });

  it('parses modifiers in any order and keeps the key', () => {
    expect(parseKeyCombo('Shift+Mod+-')).toEqual({ key: '-', mod: true, shift: true, alt: false });
    expect(parseKeyCombo('Escape')).toEqual({ key: 'Escape', mod: false, shift: false, alt: false });
  });

  it('binds no shortcut to two actions', () => {
    const seen = new Map<string, string>();
    for (const { combo, actionId } of keymap.bindings) {
      const c = parseKeyCombo(combo);
      const norm = `${c.mod}${c.shift}${c.alt}${c.key.toLowerCase()}`;
      expect(seen.get(norm) ?? actionId, combo).toBe(actionId);
      seen.set(norm, actionId);
    }
  });
});
