import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { ZPL_DPIS, zplNoticesOf, type ZplImportSession } from '../../import/zpl-import';
import { DotsCanvas } from './DotsCanvas';
import { ImportProblemView } from './ImportProblemView';

/**
 * A ZPL file read by the studio's own interpreter: the chosen label as a Zebra would print it,
 * and every command that is not printed as written, with its byte offset, in words.
 */
export function ZplImportView({ session, onUse, onCancel }: { readonly session: ZplImportSession; readonly onUse: () => void; readonly onCancel: () => void }) {
  const t = useT();
  const state = useSyncExternalStore(session.store.subscribe, session.store.getState);
  const label = state.labels[state.index];
  const notices = zplNoticesOf(state);
  return (
    <div className="import-view" data-testid="import-view" data-status={state.problem ? 'failed' : 'ready'}>
      <div className="import-panes">
        <div className="import-pane import-controls">
          <div className="field">
            <label htmlFor="import-zpl-dpi">{t('import.zplDpi')}</label>
            <select id="import-zpl-dpi" data-testid="import-zpl-dpi" value={state.dpi} onChange={(e) => session.setDpi(Number(e.target.value))}>
              {ZPL_DPIS.map((dpi) => <option key={dpi} value={dpi}>{t('import.zplDpiOption', { dpi })}</option>)}
            </select>
          </div>
          {state.labels.length > 1 && (
            <div className="field">
              <label htmlFor="import-zpl-label">{t('import.zplLabel')}</label>
              <select id="import-zpl-label" data-testid="import-zpl-label" value={state.index} onChange={(e) => session.chooseLabel(Number(e.target.value))}>
                {state.labels.map((l, i) => <option key={i} value={i}>{t('import.zplLabelOption', { number: i + 1, count: state.labels.length, copies: l.copies })}</option>)}
              </select>
            </div>
          )}
          <p className="import-hint">{t('import.zplEditable')}</p>
          <section aria-labelledby="import-zpl-notices-title" data-testid="import-zpl-notices">
            <h3 id="import-zpl-notices-title">{t('import.zplNoticesTitle')}</h3>
            {notices.length === 0 ? <p>{t('import.zplNoticesNone')}</p> : (
              <ul>{notices.map((n, i) => <li key={i} data-code={n.code} data-offset={n.offset}>{t('import.zplNotice', { command: n.command, offset: n.offset, message: n.message })}</li>)}</ul>
            )}
          </section>
        </div>
        <div className="import-pane import-label-pane">
          {state.problem && <ImportProblemView problem={state.problem} />}
          {label && <DotsCanvas bitmap={label.bitmap} label={t('import.labelView')} testId="import-label-canvas" />}
        </div>
      </div>
      <div className="button-row import-actions">
        <button type="button" className="primary" data-testid="import-use" disabled={!label} onClick={onUse}>{t('import.use')}</button>
        <button type="button" onClick={onCancel}>{t('import.cancel')}</button>
      </div>
    </div>
  );
}
