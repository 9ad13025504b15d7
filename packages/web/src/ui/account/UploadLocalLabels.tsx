import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { listLocalLabels, loadLocalLabel, saveTemplateLink, type LocalLabelSummary } from '../../storage/local-labels';
import { linkLabel } from '../../sync/studio-sync';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { templateCalls } from './template-calls';
import { useAsyncAction } from './use-async';

/**
 * Signing in offers to copy the labels kept in this browser to the account (each becomes a
 * private template). The browser copies stay where they are, linked to their templates (edits
 * are synced from then on); nothing is uploaded unasked.
 */
export function UploadLocalLabels({ onUploaded }: { readonly onUploaded: () => void }) {
  const t = useT();
  const [labels, setLabels] = useState<readonly LocalLabelSummary[]>([]);
  const [uploaded, setUploaded] = useState<ReadonlySet<string>>(new Set());
  const [folder, setFolder] = useState('');
  const { busy, problem, run } = useAsyncAction();
  useEffect(() => {
    void run(async () => setLabels(await listLocalLabels()));
  }, [run]);
  const upload = (ids: readonly string[]) => run(async () => {
    for (const id of ids) {
      const label = await loadLocalLabel(id);
      if (!label) continue;
      const template = await templateCalls.upload(label.doc, folder.trim());
      // The label here now mirrors the new template: later edits go to the account too.
      const link = { templateId: template.id, version: template.version, pending: false };
      await saveTemplateLink(id, link);
      linkLabel(id, link, label.doc);
      setUploaded((done) => new Set([...done, id]));
    }
    onUploaded();
  });
  const waiting = labels.filter((l) => !uploaded.has(l.id));
  return (
    <section className="screen-section" aria-labelledby="upload-title">
      <h3 id="upload-title">{t('account.uploadTitle')}</h3>
      <p className="muted">{t('account.uploadHint')}</p>
      <InputRow label={t('account.folder')} value={folder} onChange={(e) => setFolder(e.target.value)} maxLength={100} />
      <ul className="plain-list" data-testid="local-uploads">
        {labels.map((label) => {
          const name = label.name || t('labels.untitled');
          return (
            <li key={label.id}>
              <span>{name}</span>
              {uploaded.has(label.id) ? <span className="badge">{t('account.uploaded')}</span> : (
                <button type="button" disabled={busy} aria-label={t('account.uploadOne', { name })} onClick={() => void upload([label.id])}>{t('account.upload')}</button>
              )}
            </li>
          );
        })}
      </ul>
      {waiting.length > 1 && <button type="button" disabled={busy} onClick={() => void upload(waiting.map((l) => l.id))}>{t('account.uploadAll', { count: waiting.length })}</button>}
      <FormProblem problem={problem} />
    </section>
  );
}
