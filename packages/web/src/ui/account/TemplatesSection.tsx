import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { templateCalls } from './template-calls';
import { TemplateRow } from './TemplateRow';
import { useAsyncAction } from './use-async';

/** The account's templates: search them (full text), filter by folder, open, history, publish. */
export function TemplatesSection({ version, onOpened }: { readonly version: number; readonly onOpened: () => void }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [folder, setFolder] = useState('');
  const [folders, setFolders] = useState<readonly { folder: string; count: number }[]>([]);
  const [templates, setTemplates] = useState<readonly TemplateSummary[]>([]);
  const [reloads, setReloads] = useState(0);
  const { problem, run } = useAsyncAction();
  useEffect(() => {
    // Answers can overtake each other while typing: only the newest one is shown.
    let live = true;
    void run(async () => {
      const q = query.trim();
      const found = q ? (await templateCalls.search(q)).filter((x) => !folder || x.folder === folder) : await templateCalls.list(folder || undefined);
      const all = await templateCalls.folders();
      if (!live) return;
      setTemplates(found);
      setFolders(all);
    });
    return () => {
      live = false;
    };
  }, [run, query, folder, version, reloads]);
  return (
    <section className="screen-section" aria-labelledby="templates-title">
      <h3 id="templates-title">{t('templates.title')}</h3>
      <div className="filter-row">
        <InputRow label={t('templates.search')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} />
        <div className="field">
          <label htmlFor="template-folder">{t('templates.folder')}</label>
          <select id="template-folder" value={folder} onChange={(e) => setFolder(e.target.value)}>
            <option value="">{t('templates.allFolders')}</option>
            {folders.filter((f) => f.folder).map((f) => <option key={f.folder} value={f.folder}>{`${f.folder} (${f.count})`}</option>)}
          </select>
        </div>
      </div>
      <ul className="plain-list templates" data-testid="templates" aria-live="polite">
        {templates.map((x) => <TemplateRow key={`${x.id}.${x.version}.${x.visibility}`} template={x} onChanged={() => setReloads((n) => n + 1)} onOpened={onOpened} />)}
      </ul>
      {templates.length === 0 && <p className="muted">{query.trim() ? t('templates.noMatch') : t('templates.none')}</p>}
      <FormProblem problem={problem} />
    </section>
  );
}
