import { formatIssue } from '@inkless/label';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { buildMergedRow } from '../../merge/column-mapping';
import { loadTable, toggleRow, type MergeState } from '../../merge/merge-state';
import { parseCsv } from '../../merge/parse-csv';
import { preflightRows } from '../../merge/preflight-rows';
import { useT } from '../../i18n/i18n';
import { useEditorState, useStudio, useStudioState } from '../use-studio';
import { mergeStore } from './merge-store';
import { readDataFile } from './read-data-file';
import { RowEditor } from './RowEditor';

/** The merge and its preflight, recomputed when the label or the data changes. */
export function useMerge(): { merge: MergeState; issuesByRow: ReadonlyMap<number, string> } {
  const { fonts } = useStudio();
  const merge = useSyncExternalStore(mergeStore.subscribe, mergeStore.getState);
  const doc = useEditorState((s) => s.doc);
  const issuesByRow = useMemo(() => {
    if (!merge.table) return new Map<number, string>();
    const rows = merge.table.rows.map((r) => ({ rowNumber: r.rowNumber, row: buildMergedRow(r.values, merge.mapping) }));
    const found = preflightRows(doc, fonts, rows, -new Date().getTimezoneOffset(), { mapping: merge.mapping, columns: merge.table.columns });
    return new Map(found.map((r) => [r.rowNumber, r.issues.map(formatIssue).join('; ')]));
  }, [doc, fonts, merge.table, merge.mapping]);
  return { merge, issuesByRow };
}

/**
 * Data merge: a CSV or XLSX file (or pasted text), columns mapped to the label's fields, a preview that
 * steps through rows (the designer shows the current row), the engine's preflight per row, and
 * which rows print how many times.
 */
export function MergePanel() {
  const t = useT();
  const { state } = useStudio();
  const fieldNames = useStudioState((s) => s.report.fieldNames);
  const { merge, issuesByRow } = useMerge();
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  // The body (and its file input) exists only while open: the designer's picture input stays the page's only one until then.
  const [open, setOpen] = useState(false);
  const { table } = merge;
  const update = (next: MergeState) => {
    mergeStore.setState(next);
    const current = next.table?.rows[next.currentIndex];
    // The designer previews the current row: its values become the sample data.
    if (current) state.setState((s) => ({ ...s, sampleRow: buildMergedRow(current.values, next.mapping) }));
  };
  const load = (read: () => Promise<ReturnType<typeof parseCsv>>, name: string) =>
    read().then((tbl) => (setProblem(undefined), update(loadTable(tbl, name, fieldNames)))).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  const current = table?.rows[merge.currentIndex];
  return (
    <details className="panel merge-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary><h2 id="merge-title">{t('merge.title')}</h2></summary>
      {open && (<>
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
      {table && (
        <>
          <p>{t('merge.loaded', { name: merge.sourceName, rows: table.rows.length })}</p>
          {Object.keys(merge.mapping).map((field) => (
            <label key={field} className="field">
              <span>{t('merge.fieldFrom', { field })}</span>
              <select value={merge.mapping[field] ?? ''} onChange={(e) => update({ ...merge, mapping: { ...merge.mapping, [field]: e.target.value || undefined } })}>
                <option value="">{t('merge.noColumn')}</option>
                {table.columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
          ))}
          <div className="merge-stepper" role="group" aria-label={t('merge.preview')}>
            <button type="button" disabled={merge.currentIndex === 0} onClick={() => update({ ...merge, currentIndex: merge.currentIndex - 1 })}>{t('merge.previous')}</button>
            <span data-testid="merge-current">{t('merge.rowOf', { row: current?.rowNumber ?? 0, count: table.rows.length })}</span>
            <button type="button" disabled={merge.currentIndex >= table.rows.length - 1} onClick={() => update({ ...merge, currentIndex: merge.currentIndex + 1 })}>{t('merge.next')}</button>
          </div>
          {current && <RowEditor merge={merge} index={merge.currentIndex} problem={issuesByRow.get(current.rowNumber)} onChange={update} />}
          <p role="status" data-testid="merge-summary">{t('merge.problems', { count: issuesByRow.size })}</p>
          <table className="merge-rows">
            <thead><tr><th>{t('merge.row')}</th><th>{t('merge.print')}</th><th>{t('merge.quantity')}</th><th>{t('merge.check')}</th></tr></thead>
            <tbody>
              {table.rows.map((r, index) => {
                const issue = issuesByRow.get(r.rowNumber);
                return (
                  <tr key={r.rowNumber} data-row={r.rowNumber} className={issue ? 'row-invalid' : undefined}>
                    <td><button type="button" className="link" onClick={() => update({ ...merge, currentIndex: index })}>{r.rowNumber}</button></td>
                    <td><input type="checkbox" aria-label={t('merge.printRow', { row: r.rowNumber })} checked={!merge.skipped.has(r.rowNumber)} onChange={(e) => update(toggleRow(merge, r.rowNumber, e.target.checked))} /></td>
                    <td><input type="number" min={1} max={1000} aria-label={t('merge.quantityOf', { row: r.rowNumber })} value={merge.quantities[r.rowNumber] ?? 1}
                      onChange={(e) => update({ ...merge, quantities: { ...merge.quantities, [r.rowNumber]: Math.max(1, Math.min(1000, Math.round(Number(e.target.value)) || 1)) } })} /></td>
                    <td className="row-issue">{issue ?? '✓'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      </>)}
    </details>
  );
}
