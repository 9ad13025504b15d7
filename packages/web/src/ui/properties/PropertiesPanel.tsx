import { findElement } from '../../editor/element-ids';
import { useT } from '../../i18n/i18n';
import { applyElementFields } from '../../studio/element-edit';
import { useEditorState, useStudio } from '../use-studio';
import { CommonProperties } from './CommonProperties';
import { kindUis } from './registry';

/**
 * The selected element's properties: the fields every element has, then its kind's own editor
 * from the registry. Several selected elements are arranged with the toolbar instead.
 */
export function PropertiesPanel() {
  const t = useT();
  const { editor } = useStudio();
  const selection = useEditorState((s) => s.selection);
  // Only the selected element: editing or moving another one does not re-render the panel.
  const element = useEditorState((s) => (s.selection.length === 1 ? findElement(s.doc, s.selection[0]!) : undefined));
  let body;
  if (selection.length > 1) body = <p className="muted">{t('props.many', { count: selection.length })}</p>;
  else if (!element) body = <p className="muted">{t('props.none')}</p>;
  else {
    const id = element.id!;
    const update = (changes: Readonly<Record<string, unknown>>, continuing = false) => applyElementFields(editor, id, changes, continuing);
    const KindEditor = kindUis.get(element.type)?.Editor;
    // Keyed by id: another element gets fresh fields (no draft text carried over).
    body = (
      <div key={id} className="properties">
        {KindEditor ? <KindEditor element={element} update={update} /> : <p className="muted">{t('props.noEditor')}</p>}
        <CommonProperties element={element} update={update} />
      </div>
    );
  }
  return (
    <section className="panel" aria-labelledby="properties-title">
      <h2 id="properties-title">{t('props.title')}</h2>
      {body}
    </section>
  );
}
