import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { listLocalLabels, loadLocalLabel, type LocalLabel, type LocalLabelSummary } from '../../storage/local-labels';
import { useStudio, useStudioState } from '../use-studio';
import { LabelThumbnail } from './LabelThumbnail';

/** How many recent labels the start screen shows. */
const RECENT_COUNT = 8;

/** One recent label: its thumbnail once its document is read from this browser's storage. */
function RecentLabel({ summary, onOpen }: { readonly summary: LocalLabelSummary; readonly onOpen: () => void }) {
  const t = useT();
  const [label, setLabel] = useState<LocalLabel | undefined>();
  useEffect(() => {
    let live = true;
    loadLocalLabel(summary.id).then((l) => live && setLabel(l), () => undefined);
    return () => {
      live = false;
    };
  }, [summary.id, summary.updatedAtMs]);
  const name = summary.name || t('start.untitled');
  return (
    <li className="starter-card">
      <button type="button" data-recent-label={summary.id} onClick={onOpen}>
        <LabelThumbnail cacheKey={`label:${summary.id}:${summary.updatedAtMs}`} doc={label?.doc} sampleRow={label?.sampleRow ?? {}} />
        <span className="starter-name">{name}</span>
      </button>
    </li>
  );
}

/** The labels kept in this browser, newest first, to pick up where one left off. */
export function RecentLabels({ onOpened }: { readonly onOpened: () => void }) {
  const t = useT();
  const studio = useStudio();
  const version = useStudioState((s) => s.labelsVersion);
  const [labels, setLabels] = useState<readonly LocalLabelSummary[]>([]);
  useEffect(() => {
    let live = true;
    listLocalLabels().then((list) => live && setLabels(list.slice(0, RECENT_COUNT)), () => undefined);
    return () => {
      live = false;
    };
  }, [version]);
  return (
    <section className="start-section" aria-labelledby="start-recent-title">
      <h3 id="start-recent-title">{t('start.recentTitle')}</h3>
      {labels.length === 0 ? <p className="muted">{t('start.recentEmpty')}</p> : (
        <ul className="starter-grid">
          {labels.map((summary) => (
            <RecentLabel key={summary.id} summary={summary} onOpen={() => void studio.openLabel(summary.id).then(onOpened)} />
          ))}
        </ul>
      )}
    </section>
  );
}
