import { validateDocument } from '@inkless/label';
import { useState } from 'react';
import type { TemplateSummary } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { linkOpenLabel } from '../../sync/studio-sync';
import { useStudio } from '../use-studio';
import { FormProblem } from './FormProblem';
import { PUBLISH_LICENSE, PublishConfirm } from './PublishConfirm';
import { templateCalls } from './template-calls';
import { TemplateHistory } from './TemplateHistory';
import { useAsyncAction } from './use-async';

/** One template of the account: open it in the studio, see its history, publish it (after a question) or make it private. */
export function TemplateRow({ template, onChanged, onOpened }: { readonly template: TemplateSummary; readonly onChanged: () => void; readonly onOpened: () => void }) {
  const t = useT();
  const studio = useStudio();
  const [showHistory, setShowHistory] = useState(false);
  const [confirming, setConfirming] = useState(false);
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
  // Making it private needs no question; publishing asks first (PublishConfirm).
  const setVisibility = (visibility: 'private' | 'public') => run(async () => {
    await templateCalls.publish(template.id, visibility, PUBLISH_LICENSE);
    setConfirming(false);
    onChanged();
  });
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
          aria-expanded={isPublic ? undefined : confirming} onClick={() => (isPublic ? void setVisibility('private') : setConfirming(true))}>
          {isPublic ? t('templates.unpublish') : t('templates.publish')}
        </button>
      </div>
      {!isPublic && !confirming && <p className="muted field-hint">{t('templates.publishHint')}</p>}
      {!isPublic && confirming && <PublishConfirm name={template.name} busy={busy} onConfirm={() => void setVisibility('public')} onCancel={() => setConfirming(false)} />}
      {showHistory && <TemplateHistory template={template} onRestored={onChanged} />}
      <FormProblem problem={problem} />
    </li>
  );
}
