import { IMPORT_STEPS, mayUseLabel, type PageImportSession } from '../../import/import-session';
import { dotsToMm } from '@inkless/label';
import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { BarcodeCheckList } from './BarcodeCheckList';
import { DotsCanvas } from './DotsCanvas';
import { ImportProblemView } from './ImportProblemView';
import { PageImportControls } from './PageImportControls';
import { PagePreview } from './PagePreview';

const mm = (dots: number, dpi: number) => (Math.round(dotsToMm(dots, dpi) * 10) / 10).toString();

/**
 * A PDF page or a picture being made into a label: the page with the part found, the label at the
 * printer's dots, the controls, the progress of long work and the barcode check.
 */
export function PageImportView({ session, onUse, onCancel }: { readonly session: PageImportSession; readonly onUse: () => void; readonly onCancel: () => void }) {
  const t = useT();
  const state = useSyncExternalStore(session.store.subscribe, session.store.getState);
  const { label, page, progress } = state;
  return (
    <div className="import-view" data-testid="import-view" data-status={state.status} data-run={state.run}>
      <div className="import-panes">
        <div className="import-pane">
          {page && <PagePreview grey={page.grey} regions={page.regions} chosen={label?.region} label={t('import.pageView')} onDraw={(box) => session.setOptions({ region: { kind: 'drawn', box } })} />}
          <PageImportControls options={state.options} pageCount={state.pageCount} regions={page?.regions ?? []} onChange={(patch) => session.setOptions(patch)} />
        </div>
        <div className="import-pane import-label-pane">
          {progress && (
            <div role="status" className="import-progress" data-testid="import-progress">
              <progress max={IMPORT_STEPS.length} value={IMPORT_STEPS.indexOf(progress.step)} />
              <span>{t(`import.step.${progress.step}`, { page: progress.pageNumber, count: state.pageCount })}</span>
            </div>
          )}
          {state.problem && <ImportProblemView problem={state.problem} />}
          {label && (
            <>
              <p className="import-size" data-testid="import-label-size">
                {t('import.labelSize', { width: label.prepared.bitmap.width, height: label.prepared.bitmap.height, widthMm: mm(label.prepared.bitmap.width, label.stock.dpi), heightMm: mm(label.prepared.bitmap.height, label.stock.dpi), dpi: label.stock.dpi, rotation: label.prepared.rotation })}
              </p>
              <DotsCanvas bitmap={label.prepared.bitmap} label={t('import.labelView')} testId="import-label-canvas" />
              <BarcodeCheckList check={label.prepared.barcodes} printAnyway={state.printAnyway} onPrintAnyway={(on) => session.setPrintAnyway(on)} />
            </>
          )}
        </div>
      </div>
      <div className="button-row import-actions">
        <button type="button" className="primary" data-testid="import-use" disabled={!mayUseLabel(state)} onClick={onUse}>{t('import.use')}</button>
        <button type="button" onClick={onCancel}>{t('import.cancel')}</button>
      </div>
    </div>
  );
}
