import { findStock, searchStock, type LabelStock } from '@inkless/label';
import { useId, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { applyDocumentChange } from '../../studio/document-edit';
import { useEditorState, useStudio } from '../use-studio';

/** Matches shown at once: the best ones; typing more narrows them. */
const MAX_RESULTS = 12;

/** The label setup a stock preset gives: its size and how the printer finds each label. */
function applyStock(stock: LabelStock, currentHeightMm: number) {
  return (doc: { label: object }) => ({
    ...doc,
    label: {
      ...doc.label,
      widthMm: stock.widthMm,
      // A continuous roll has no length of its own: keep the one designed.
      heightMm: stock.heightMm ?? currentHeightMm,
      media: {
        type: stock.media === 'sheet' ? 'gap' : stock.media,
        ...(stock.gapMm !== undefined ? { gapMm: stock.gapMm } : {}),
        ...(stock.markMm !== undefined ? { markMm: stock.markMm } : {}),
      },
      stock: stock.id,
    },
  });
}

/** Search the label-stock catalogue by size ("4x6", "50x30") or name ("avery 5160") and apply a preset. */
export function StockPicker() {
  const t = useT();
  const { editor } = useStudio();
  const label = useEditorState((s) => s.doc.label);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const id = useId();
  const results = query.trim() ? searchStock(query).slice(0, MAX_RESULTS) : [];
  const current = label.stock ? findStock(label.stock) : undefined;
  return (
    <div className="stock-picker">
      <label htmlFor={`${id}-search`}>{t('setup.stock')}</label>
      {current && <p className="muted">{t('setup.current', { name: current.name })}</p>}
      <input id={`${id}-search`} type="search" value={query} placeholder={t('setup.stockSearch')} aria-label={t('setup.stockSearch')}
        aria-controls={`${id}-results`} onChange={(e) => setQuery(e.target.value)} />
      {query.trim() !== '' && (
        <ul id={`${id}-results`} className="stock-results" aria-label={t('setup.stockResults')}>
          {results.length === 0 && <li className="muted">{t('setup.stockNone')}</li>}
          {results.map((stock) => (
            <li key={stock.id}>
              <button type="button" aria-pressed={stock.id === label.stock}
                onClick={() => setProblem(applyDocumentChange(editor, applyStock(stock, label.heightMm)))}>
                {stock.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </div>
  );
}
