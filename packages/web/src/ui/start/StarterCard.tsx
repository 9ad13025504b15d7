import { useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { sizeStarter, type StarterTarget } from '../../starters/size-starter';
import type { Starter } from '../../starters/starter';
import { LabelThumbnail } from './LabelThumbnail';

/** One starter on the start screen: its picture at the chosen size, its name, size, and whether it was narrowed. */
export function StarterCard({ starter, target, onChoose }: { readonly starter: Starter; readonly target: StarterTarget; readonly onChoose: () => void }) {
  const t = useT();
  const sized = useMemo(() => sizeStarter(starter, target), [starter, target]);
  const name = t(starter.nameKey);
  if (!sized.ok) {
    return (
      <li className="starter-card broken">
        <span className="starter-name">{name}</span>
        <span className="field-error">{t('start.starterBroken', { message: sized.issues[0]?.message ?? '' })}</span>
      </li>
    );
  }
  const { label } = sized.doc;
  return (
    <li className="starter-card">
      <button type="button" data-starter={starter.id} onClick={onChoose} aria-describedby={`starter-${starter.id}-size`}>
        <LabelThumbnail cacheKey={`starter:${starter.id}:${label.widthMm}x${label.heightMm}@${label.dpi}`} doc={sized.doc} sampleRow={starter.sampleRow} />
        <span className="starter-name">{name}</span>
      </button>
      <span className="starter-size" id={`starter-${starter.id}-size`}>
        {t('start.size', { widthMm: label.widthMm, heightMm: label.heightMm })}
        {sized.fit.kind === 'narrowed' && <span className="starter-narrowed"> {t('start.narrowed', { widthMm: sized.fit.widthMm, designedWidthMm: sized.fit.designedWidthMm })}</span>}
      </span>
    </li>
  );
}
