import type { MergeState } from '../../merge/merge-state';
import { useT } from '../../i18n/i18n';
import { ScanButton } from '../scan/ScanButton';

/** The current row's mapped cells, editable: how a user fixes a row the preflight refuses. */
export function RowEditor({ merge, index, problem, onChange }: { merge: MergeState; index: number; problem: string | undefined; onChange: (next: MergeState) => void }) {
  const t = useT();
  const table = merge.table!;
  const row = table.rows[index]!;
  const setCell = (column: string, value: string) => {
    const rows = table.rows.map((r, i) => (i === index ? { ...r, values: { ...r.values, [column]: value } } : r));
    onChange({ ...merge, table: { ...table, rows } });
  };
  return (
    <div className="merge-row" data-testid="merge-row-editor">
      {Object.entries(merge.mapping).map(([field, column]) => column === undefined ? null : (
        <label key={field} className="field">
          <span>{t('merge.cell', { field, row: row.rowNumber })}</span>
          <input type="text" value={row.values[column] ?? ''} onChange={(e) => setCell(column, e.target.value)} />
          <ScanButton field={field} onScanned={(text) => setCell(column, text)} />
        </label>
      ))}
      {problem && <p className="field-error" role="alert">{t('merge.rowProblem', { row: row.rowNumber, message: problem })}</p>}
    </div>
  );
}
