import type { Action } from './actions/action';

/**
 * A key press as the keymap sees it: DOM KeyboardEvent fields, copied by the UI. `code` (the
 * physical key) lets Alt+A match on a Mac, where `key` is "å".
 */
export interface KeyInput {
  readonly key: string;
  readonly code?: string;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /**
   * The key is part of an input method composition (Chinese, Japanese: `isComposing`, or the
   * 229 key code browsers send while composing): it belongs to the composition, never a shortcut.
   */
  readonly composing?: boolean;
}

/** A parsed shortcut such as 'Mod+Shift+Z'. */
export interface KeyCombo {
  readonly key: string;
  /** Ctrl, or Cmd on a Mac: either one satisfies it. */
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

const MODIFIERS: Readonly<Record<string, 'mod' | 'shift' | 'alt'>> = { mod: 'mod', ctrl: 'mod', cmd: 'mod', meta: 'mod', shift: 'shift', alt: 'alt', option: 'alt' };

/** Parses 'Mod+Shift+Z': modifiers in any order, then one key (a `key` value or a `code` such as 'BracketLeft'). */
export function parseKeyCombo(text: string): KeyCombo {
  const parts = text.split('+');
  const key = parts.pop() ?? '';
  const combo = { key, mod: false, shift: false, alt: false };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier) combo[modifier] = true;
  }
  return combo;
}

/** Whether a key press is this shortcut: the same modifiers exactly, and the key by name or by physical key. */
export function matchesKeyCombo(combo: KeyCombo, input: KeyInput): boolean {
  const mod = Boolean(input.ctrl || input.meta);
  if (mod !== combo.mod || Boolean(input.shift) !== combo.shift || Boolean(input.alt) !== combo.alt) return false;
  if (input.key.toLowerCase() === combo.key.toLowerCase()) return true;
  if (input.code === undefined) return false;
  if (input.code === combo.key) return true;
  if (/^[a-z]$/i.test(combo.key)) return input.code === `Key${combo.key.toUpperCase()}`;
  if (/^[0-9]$/.test(combo.key)) return input.code === `Digit${combo.key}`;
  return false;
}

/** Resolves key presses to action ids (none for a key that is part of a composition). */
export interface Keymap {
  resolve(input: KeyInput): string | undefined;
  /** Every shortcut with its action, for menus and a help sheet. */
  readonly bindings: readonly { readonly combo: string; readonly actionId: string }[];
}

/** A keymap from the actions' own `keys`; when two actions claim a shortcut the first listed wins. */
export function createKeymap(actions: Iterable<Action>): Keymap {
  const bindings = [...actions].flatMap((action) => action.keys.map((combo) => ({ combo, actionId: action.id })));
  const parsed = bindings.map((b) => ({ combo: parseKeyCombo(b.combo), actionId: b.actionId }));
  return {
    bindings,
    resolve: (input) => (input.composing ? undefined : parsed.find((b) => matchesKeyCombo(b.combo, input))?.actionId),
  };
}
