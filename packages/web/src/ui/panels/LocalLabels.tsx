import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { listLocalLabels, type LocalLabelSummary } from '../../storage/local-labels';
import { useStudio, useStudioState } from '../use-studio';

/** The labels kept in this browser (IndexedDB): open one, delete one, or start a new one. */
export function LocalLabels() {
  const t = useT();
  const studio = useStudio();
  const version = useStudioState((s) => s.labelsVersion);
  const openId = useStudioState((s) => s.labelId);
  const [labels, setLabels] = useState<readonly LocalLabelSummary[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    listLocalLabels().then(
      (list) => live && setLabels(list),
      (e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [version, openId]);
  const run = (work: Promise<void>) => work.catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  return (
    <section className="panel" aria-labelledby="labels-title">
      <h2 id="labels-title">{t('labels.title')}</h2>
      <button type="button" onClick={() => studio.newLabel()}>{t('labels.new')}</button>
      <ul className="local-labels" data-testid="local-labels">
        {labels.map((label) => {
          const name = label.name || t('labels.untitled');
          return (
            <li key={label.id} className={label.id === openId ? 'open' : undefined}>
              <button type="button" className="link" aria-current={label.id === openId ? 'true' : undefined} aria-label={t('labels.open', { name })}
                onClick={() => void run(studio.openLabel(label.id))}>
                {name}
              </button>
              {label.id === openId && <span className="badge">{t('labels.current')}</span>}
              <button type="button" className="icon-button" aria-label={t('labels.delete', { name })} title={t('labels.delete', { name })}
                onClick={() => void run(studio.deleteLabel(label.id))}>
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          );
        })}
      </ul>
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </section>
  );
}
