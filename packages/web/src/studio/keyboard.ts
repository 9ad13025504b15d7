import type { Editor } from '../editor/editor';

/** Elements where keys are text or choices: shortcuts never fire there (Backspace deletes a letter). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'checkbox', 'radio', 'file'].includes(target.type);
  return false;
}

/** Key code browsers report for every key an input method (Chinese, Japanese) is taking. */
const IME_KEY_CODE = 229;

/** Whether a key press belongs to an input method composition, in any browser (Safari reports only 229). */
export function isComposingKey(e: KeyboardEvent): boolean {
  return e.isComposing || e.keyCode === IME_KEY_CODE;
}

/**
 * Sends key presses to the editor's keymap (which resolves them to registered actions), unless
 * an input, the canvas text editor or an input method composition has the key, or the key opens
 * a control (Enter and Space on a button stay the button's).
 */
export function installShortcuts(editor: Editor, target: Window = window): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isComposingKey(e) || isTypingTarget(e.target)) return;
    if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && e.target.closest('button, summary, a, [role="button"]')) return;
    const handled = editor.keyDown({ key: e.key, code: e.code, ctrl: e.ctrlKey, meta: e.metaKey, shift: e.shiftKey, alt: e.altKey });
    if (handled) e.preventDefault();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
