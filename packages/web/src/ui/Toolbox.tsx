import type { MouseEvent } from 'react';
import { elementTemplates } from '../editor/element-templates';
import { isMessageKey, useT } from '../i18n/i18n';
import { insertTemplateAtCentre } from '../studio/insert-element';
import { useEditorState, useStudio } from './use-studio';

/** Glyphs for the tools (the visible words and aria-labels come from the translations). */
const ICONS: Readonly<Record<string, string>> = {
  select: '➤', text: 'T', barcode: '║▌║', qr: '▦', image: '▨', line: '╱', rect: '▭', ellipse: '◯', date: '◷', serial: '#', field: '{ }',
};

/** The tool a tool state belongs to: 'select', or the armed template's id. */
function useArmedTool(): string {
  return useEditorState((s) => (s.tool.id.startsWith('draw.') && 'template' in s.tool ? s.tool.template : 'select'));
}

/**
 * The creation tools (one per element template) and Select. A click arms the tool for the
 * canvas; Enter or Space (a click without a pointer) adds the element in the middle of the label,
 * so a keyboard user can design without a mouse.
 */
export function Toolbox() {
  const t = useT();
  const { editor } = useStudio();
  const armed = useArmedTool();
  const tools = [{ id: 'select', key: 'V' }, ...[...elementTemplates.values()].map((tpl) => ({ id: tpl.id, key: tpl.key }))];
  const choose = (id: string, e: MouseEvent<HTMLButtonElement>) => {
    const fromKeyboard = e.detail === 0;
    if (id !== 'select' && fromKeyboard) insertTemplateAtCentre(editor, id);
    else editor.armTool(id);
  };
  return (
    <section className="panel toolbox" aria-labelledby="toolbox-title">
      <h2 id="toolbox-title">{t('toolbox.title')}</h2>
      <div role="toolbar" aria-label={t('toolbox.title')} aria-orientation="vertical" className="tool-grid">
        {tools.map(({ id, key }) => {
          const messageKey = `tool.${id}`;
          const label = isMessageKey(messageKey) ? t(messageKey) : elementTemplates.get(id)?.label ?? id;
          return (
            <button key={id} type="button" className="tool" aria-pressed={armed === id} aria-keyshortcuts={key} title={`${label} (${key})`}
              data-tool={id} onClick={(e) => choose(id, e)}>
              <span className="tool-icon" aria-hidden="true">{ICONS[id] ?? '•'}</span>
              <span className="tool-label">{label}</span>
            </button>
          );
        })}
      </div>
      <p className="field-hint">{t('toolbox.hint')}</p>
    </section>
  );
}
