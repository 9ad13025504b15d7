import { findStock, labelStocks } from '@inkless/label';
import { getProfile, printerProfiles } from '@inkless/printers';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { sizeStarter, type StarterTarget } from '../../starters/size-starter';
import { starters } from '../../starters/starter-catalog';
import type { Starter } from '../../starters/starter';
import { createBlankDocument } from '../../studio/new-label';
import { ScreenDialog } from '../account/ScreenDialog';
import { useStudio } from '../use-studio';
import { chooseAndOpenLabelFile } from './label-file-actions';
import { RecentLabels } from './RecentLabels';
import { StarterCard } from './StarterCard';
import './start.css';

/** Stocks a label printer takes (office sheets are printed another way). */
const rollStocks = labelStocks.filter((s) => s.media !== 'sheet');

/**
 * Where a label starts: starters by use, sized for the chosen printer and stock; a blank label;
 * a label file; the labels kept in this browser. Shown at first start and from "New".
 */
export function StartScreen() {
  const t = useT();
  const studio = useStudio();
  const [profileId, setProfileId] = useState(() => studio.state.getState().printerProfileId);
  const [stockId, setStockId] = useState('');
  const target = useMemo<StarterTarget>(() => ({ profile: getProfile(profileId), stock: stockId ? findStock(stockId) : undefined }), [profileId, stockId]);
  const close = () => studio.startScreen.setState(false);
  const printerId = useId();
  const stockSelectId = useId();

  const chooseStarter = (starter: Starter) => {
    const sized = sizeStarter(starter, { ...target, name: t(starter.nameKey) });
    if (!sized.ok) return;
    close();
    void studio.openDocument(sized.doc, { printerProfileId: profileId, sampleRow: starter.sampleRow });
  };
  const chooseBlank = () => {
    close();
    void studio.openDocument(createBlankDocument(t('labels.untitled'), { dpi: target.profile.dpi, media: target.profile.media, stock: target.stock }), { printerProfileId: profileId, keep: false });
  };
  const blank = target.stock ?? findStock('roll-50x30mm');

  return (
    <ScreenDialog id="start" title={t('start.title')} onClose={close}>
      <div className="start-screen">
        <p className="start-intro">{t('start.intro')}</p>
        <div className="start-choices">
          <div className="field">
            <label htmlFor={printerId}>{t('start.printer')}</label>
            <select id={printerId} value={profileId} onChange={(e) => setProfileId(e.target.value)}>
              {printerProfiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={stockSelectId}>{t('start.stock')}</label>
            <select id={stockSelectId} value={stockId} onChange={(e) => setStockId(e.target.value)}>
              <option value="">{t('start.stockOwn')}</option>
              {rollStocks.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
        </div>
        <div className="button-row start-actions">
          <button type="button" className="primary" data-start-action="blank" onClick={chooseBlank}>
            {t('start.blank')}
            {blank && <span className="start-action-hint"> ({t('start.blankHint', { widthMm: blank.widthMm, heightMm: blank.heightMm ?? 30 })})</span>}
          </button>
          <button type="button" data-start-action="open-file" onClick={() => void chooseAndOpenLabelFile(studio)}>{t('start.openFile')}</button>
        </div>
        <section className="start-section" aria-labelledby="start-starters-title">
          <h3 id="start-starters-title">{t('start.startersTitle')}</h3>
          <ul className="starter-grid" data-testid="starters">
            {starters.map((starter) => <StarterCard key={starter.id} starter={starter} target={target} onChoose={() => chooseStarter(starter)} />)}
          </ul>
        </section>
        <RecentLabels onOpened={close} />
      </div>
    </ScreenDialog>
  );
}
