import { actions, canPerformAction } from '../editor/actions/registry';
import { isMessageKey, useT } from '../i18n/i18n';
import { useEditorState, useStudio } from './use-studio';

/** Symbols for action buttons: short, and the aria-label carries the words. */
const ICONS: Readonly<Record<string, string>> = {
  undo: '↶', redo: '↷', cut: '✂', copy: '❐', paste: '▤', duplicate: '⊕', delete: '✕',
  'align-left': '⇤', 'align-center': '↔', 'align-right': '⇥', 'align-top': '⤒', 'align-middle': '↕', 'align-bottom': '⤓',
  'distribute-horizontal': '⋯', 'distribute-vertical': '⋮',
  'bring-forward': '▲', 'send-backward': '▼', 'bring-to-front': '⇈', 'send-to-back': '⇊',
  'rotate-cw': '↻', 'rotate-ccw': '↺', 'zoom-in': '+', 'zoom-out': '−',
};

/** Shows a key combination the way the platform writes it. */
export function formatShortcut(combo: string): string {
  const mac = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');
  return combo.replace(/Mod/g, mac ? '⌘' : 'Ctrl').replace(/Alt/g, mac ? '⌥' : 'Alt');
}

/**
 * A button that dispatches a registered action, greyed out when the action would do nothing:
 * the button and the shortcut run the same code.
 */
export function ActionButton({ actionId }: { readonly actionId: string }) {
  const t = useT();
  const { editor } = useStudio();
  const enabled = useEditorState((s) => canPerformAction(s, actionId));
  const action = actions.get(actionId);
  if (!action) return null;
  const key = `action.${actionId}`;
  const label = isMessageKey(key) ? t(key) : action.label;
  const shortcut = action.keys[0] ? ` (${formatShortcut(action.keys[0])})` : '';
  return (
    <button type="button" className="icon-button" aria-label={label} title={`${label}${shortcut}`} disabled={!enabled}
      aria-keyshortcuts={action.keys[0]?.replace(/Mod/g, 'Control')} onClick={() => editor.perform(actionId)}>
      <span aria-hidden="true">{ICONS[actionId] ?? label}</span>
    </button>
  );
}
