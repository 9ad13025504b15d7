import { validateDocument } from '@inkless/label';
import { useState } from 'react';
import type { TemplateSummary } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { linkOpenLabel } from '../../sync/studio-sync';
import { useStudio } from '../use-studio';
import { FormProblem } from './FormProblem';
import { templateCalls } from './template-calls';
import { TemplateHistory } from './TemplateHistory';
import { useAsyncAction } from './use-async';

/** One template of the account: open it in the studio, see its history, publish it or make it private. */
export function TemplateRow({ template, onChanged, onOpened }: { readonly template: TemplateSummary; readonly onChanged: () => void; readonly onOpened: () => void }) {
  const t = useT();
  const studio = useStudio();
  const [showHistory, setShowHistory] = useState(false);
  const { busy, problem, run } = useAsyncAction();
  const open = () => run(async () => {
    const full = await templateCalls.read(template.id);
    const r = validateDocument(full.document);
    if (!r.ok) throw new Error(t('templates.invalid', { name: template.name }));
    // A copy in this browser: edits are kept here (and offline) like any local label, and sent
    // to the account while signed in (the copy stays linked to the template).
    studio.newLabel();
    studio.editor.load(r.value);
    await linkOpenLabel(studio, full.id, full.version);
    onOpened();
  });
  const isPublic = template.visibility === 'public';
  return (
    <li className="template-row" data-template-id={template.id}>
      <div className="template-line">
        <img src={template.thumbnailUrl} alt="" width={48} height={48} loading="lazy" />
        <span className="template-name">{template.name}</span>
        <span className="muted">{[template.folder, t(`templates.visibility.${template.visibility}`)].filter(Boolean).join(' · ')}</span>
      </div>
      <div className="button-row">
        <button type="button" disabled={busy} aria-label={t('templates.openNamed', { name: template.name })} onClick={() => void open()}>{t('templates.open')}</button>
        <button type="button" aria-expanded={showHistory} aria-label={t('templates.historyOf', { name: template.name })} onClick={() => setShowHistory(!showHistory)}>{t('templates.history')}</button>
        <button type="button" disabled={busy} aria-label={t(isPublic ? 'templates.unpublishNamed' : 'templates.publishNamed', { name: template.name })}
          onClick={() => void run(async () => { await templateCalls.publish(template.id, isPublic ? 'private' : 'public', 'CC0-1.0'); onChanged(); })}>
          {isPublic ? t('templates.unpublish') : t('templates.publish')}
        </button>
      </div>
      {!isPublic && <p className="muted field-hint">{t('templates.publishHint')}</p>}
      {showHistory && <TemplateHistory template={template} onRestored={onChanged} />}
      <FormProblem problem={problem} />
    </li>
  );
}
