import { useState } from 'react';
import { MAX_ROW_QUANTITY, setQuantity, toggleRow, type MergeState } from '../../merge/merge-state';
import { useT } from '../../i18n/i18n';

/**
 * The rows as a table: tick to print, labels per row, each mapped column's value, and the row's
 * problems in words beside it. Row numbers are the spreadsheet's (the header is row 1), as the CLI counts.
 */
export function MergeTable({ merge, issuesByRow, onChange }: { readonly merge: MergeState; readonly issuesByRow: ReadonlyMap<number, string>; readonly onChange: (next: MergeState) => void }) {
  const t = useT();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const table = merge.table;
  if (!table) return null;
  const fields = Object.keys(merge.mapping).filter((f) => merge.mapping[f] !== undefined);
  const shown = table.rows.map((row, index) => ({ row, index })).filter(({ row }) => !onlyProblems || issuesByRow.has(row.rowNumber));
  return (
    <section className="merge-rows-section" aria-labelledby="merge-rows-title">
      <div className="merge-rows-head">
        <h3 id="merge-rows-title">{t('merge.rowsTitle')}</h3>
        <p role="status" data-testid="merge-summary">{t('merge.problems', { count: issuesByRow.size })}</p>
        <label className="merge-filter"><input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} /> {t('merge.onlyProblems')}</label>
      </div>
      <div className="merge-table-scroll">
        <table className="merge-rows">
          <thead>
            <tr>
              <th scope="col">{t('merge.row')}</th><th scope="col">{t('merge.print')}</th><th scope="col">{t('merge.quantity')}</th>
              {fields.map((f) => <th key={f} scope="col">{f}</th>)}
              <th scope="col">{t('merge.problemsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, index }) => {
              const issue = issuesByRow.get(row.rowNumber);
              const classes = [issue ? 'row-invalid' : '', index === merge.currentIndex ? 'row-current' : ''].filter(Boolean).join(' ');
              return (
                <tr key={row.rowNumber} data-row={row.rowNumber} className={classes || undefined} aria-current={index === merge.currentIndex || undefined}>
                  <td><button type="button" className="link" aria-label={t('merge.showRow', { row: row.rowNumber })} onClick={() => onChange({ ...merge, currentIndex: index })}>{row.rowNumber}</button></td>
                  <td><input type="checkbox" aria-label={t('merge.printRow', { row: row.rowNumber })} checked={!merge.skipped.has(row.rowNumber)} onChange={(e) => onChange(toggleRow(merge, row.rowNumber, e.target.checked))} /></td>
                  <td><input type="number" min={1} max={MAX_ROW_QUANTITY} className="merge-quantity" aria-label={t('merge.quantityOf', { row: row.rowNumber })} value={merge.quantities[row.rowNumber] ?? 1}
                    onChange={(e) => onChange(setQuantity(merge, row.rowNumber, Number(e.target.value)))} /></td>
                  {fields.map((f) => <td key={f} className="merge-cell">{row.values[merge.mapping[f]!] ?? ''}</td>)}
                  <td className="row-issue">{issue ?? t('merge.ready')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {onlyProblems && shown.length === 0 && <p className="field-hint">{t('merge.noProblemRows')}</p>}
      </div>
    </section>
  );
}
