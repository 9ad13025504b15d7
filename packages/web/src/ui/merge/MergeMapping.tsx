import type { MergeState } from '../../merge/merge-state';
import { useT } from '../../i18n/i18n';

/** Which column fills each of the label's fields. */
export function MergeMapping({ merge, onChange }: { readonly merge: MergeState; readonly onChange: (next: MergeState) => void }) {
  const t = useT();
  const columns = merge.table?.columns ?? [];
  return (
    <section className="merge-mapping" aria-labelledby="merge-mapping-title">
      <h3 id="merge-mapping-title">{t('merge.mappingTitle')}</h3>
      {Object.keys(merge.mapping).map((field) => (
        <label key={field} className="field">
          <span>{t('merge.fieldFrom', { field })}</span>
          <select value={merge.mapping[field] ?? ''} onChange={(e) => onChange({ ...merge, mapping: { ...merge.mapping, [field]: e.target.value || undefined } })}>
            <option value="">{t('merge.noColumn')}</option>
            {columns.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      ))}
    </section>
  );
}
