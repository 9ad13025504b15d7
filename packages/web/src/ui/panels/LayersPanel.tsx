import type { LabelElement } from '@inkless/label';
import { isToolIdle } from '../../editor/editor-state';
import { useT } from '../../i18n/i18n';
import { ActionButton } from '../ActionButton';
import { kindUis } from '../properties/registry';
import { useEditorState, useStudio } from '../use-studio';

/** What the layers list calls an element: its name, else its kind and a summary of its content. */
export function describeElement(el: LabelElement): string {
  if (el.name) return el.name;
  const short = (kindUis.get(el.type)?.summarize(el) ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return short ? `${el.type} · ${short}` : el.type;
}

const LAYER_ACTIONS = ['bring-forward', 'send-backward', 'bring-to-front', 'send-to-back', 'delete'] as const;

/**
 * The elements top first (the last drawn is on top). Clicking one selects it (Shift or Ctrl adds
 * it to the selection); the buttons reorder or delete the selection.
 */
export function LayersPanel() {
  const t = useT();
  const { editor } = useStudio();
  // One string of ids and descriptions: a drag (new positions) does not re-render the list.
  const layers = useEditorState((s) => s.doc.elements.map((el) => `${el.id}\u0000${describeElement(el)}`).join('\u0001'));
  const selection = useEditorState((s) => s.selection);
  const select = (id: string, add: boolean) => {
    editor.store.setState((s) => {
      if (!isToolIdle(s.tool)) return s;
      if (!add) return { ...s, selection: [id] };
      return { ...s, selection: s.selection.includes(id) ? s.selection.filter((x) => x !== id) : [...s.selection, id] };
    });
  };
  const topFirst = layers === '' ? [] : layers.split('\u0001').map((entry) => entry.split('\u0000') as [string, string]).reverse();
  return (
    <section className="panel" aria-labelledby="layers-title">
      <h2 id="layers-title">{t('layers.title')}</h2>
      {topFirst.length === 0 ? (
        <p className="muted">{t('layers.empty')}</p>
      ) : (
        <ul className="layers" aria-label={t('layers.list')}>
          {topFirst.map(([id, description]) => (
            <li key={id}>
              <button type="button" className="layer" aria-pressed={selection.includes(id)}
                onClick={(e) => select(id, e.shiftKey || e.ctrlKey || e.metaKey)}>
                {description}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row" role="toolbar" aria-label={t('layers.title')}>
        {LAYER_ACTIONS.map((id) => <ActionButton key={id} actionId={id} />)}
      </div>
    </section>
  );
}
