import { useState } from 'react';
import { loadTable } from '../../merge/merge-state';
import { parseCsv, type DataTable } from '../../merge/parse-csv';
import { useT } from '../../i18n/i18n';
import { useStudio } from '../use-studio';
import { readDataFile } from './read-data-file';
import { updateMerge } from './use-merge';

/** Where the rows come from: a CSV or XLSX file, or pasted CSV. A new table replaces the merge. */
export function MergeSource() {
  const t = useT();
  const studio = useStudio();
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const load = (read: () => Promise<DataTable>, name: string) =>
    read().then((table) => {
      setProblem(undefined);
      const { report, labelId } = studio.state.getState();
      updateMerge(studio, loadTable(table, name, report.fieldNames, labelId));
    }).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  return (
    <section className="merge-source" aria-labelledby="merge-source-title">
      <h3 id="merge-source-title">{t('merge.sourceTitle')}</h3>
      <label className="field">
        <span>{t('merge.file')}</span>
        <input type="file" data-testid="merge-file" accept=".csv,.tsv,.txt,.xlsx,text/csv"
          onChange={(e) => { const file = e.target.files?.[0]; if (file) void load(() => readDataFile(file), file.name); }} />
      </label>
      <details>
        <summary>{t('merge.paste')}</summary>
        <textarea aria-label={t('merge.paste')} value={pasted} rows={4} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" onClick={() => void load(async () => parseCsv(pasted), t('merge.pasted'))}>{t('merge.usePasted')}</button>
      </details>
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </section>
  );
}
