import { useEffect, useState } from 'react';
import type { TemplateSummary, TemplateVersion } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from './FormProblem';
import { templateCalls } from './template-calls';
import { useAsyncAction } from './use-async';

/** The earlier versions of a template; restoring one makes it the newest version (history is kept). */
export function TemplateHistory({ template, onRestored }: { readonly template: TemplateSummary; readonly onRestored: () => void }) {
  const t = useT();
  const [versions, setVersions] = useState<readonly TemplateVersion[]>([]);
  const { busy, problem, run } = useAsyncAction();
  useEffect(() => {
    void run(async () => setVersions(await templateCalls.versions(template.id)));
  }, [run, template.id, template.version]);
  return (
    <div className="template-history" role="group" aria-label={t('templates.historyOf', { name: template.name })}>
      {versions.length === 0 && <p className="muted">{t('templates.noHistory')}</p>}
      <ul className="plain-list">
        {versions.map((v) => (
          <li key={v.version}>
            <span>{t('templates.versionLine', { version: v.version, name: v.name, at: new Date(v.createdAt).toLocaleString() })}</span>
            <button type="button" disabled={busy} aria-label={t('templates.restoreVersion', { version: v.version })}
              onClick={() => void run(async () => { await templateCalls.restore(template.id, v.version, template.version); onRestored(); })}>
              {t('templates.restore')}
            </button>
          </li>
        ))}
      </ul>
      <FormProblem problem={problem} />
    </div>
  );
}
