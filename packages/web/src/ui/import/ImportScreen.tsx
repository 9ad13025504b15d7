import type { LabelDocument } from '@inkless/label';
import { useT } from '../../i18n/i18n';
import { closeImport, type ActiveImport } from '../../import/import-store';
import { ScreenDialog } from '../account/ScreenDialog';
import { useStudio } from '../use-studio';
import { ImportProblemView } from './ImportProblemView';
import { PageImportView } from './PageImportView';
import { ZplImportView } from './ZplImportView';
import './import.css';

/**
 * The import screen: a PDF, picture or ZPL file made into a label at the printer's dots. "Use
 * this label" opens it on the canvas as a new label, from where the studio prints it as any other.
 */
export default function ImportScreen({ active }: { readonly active: ActiveImport }) {
  const t = useT();
  const studio = useStudio();
  const use = (doc: LabelDocument | undefined, printerProfileId?: string) => {
    if (!doc) return;
    closeImport();
    void studio.openDocument(doc, printerProfileId ? { printerProfileId } : {});
  };
  return (
    <ScreenDialog id="import" title={t('import.title', { fileName: active.fileName })} onClose={closeImport}>
      {active.kind === 'opening' && <p role="status" data-testid="import-opening">{t('import.opening', { fileName: active.fileName })}</p>}
      {active.kind === 'failed' && <ImportProblemView problem={active.problem} />}
      {active.kind === 'page' && (
        <PageImportView session={active.session} onCancel={closeImport} onUse={() => use(active.session.toDocument(), active.session.store.getState().options.profileId)} />
      )}
      {active.kind === 'zpl' && <ZplImportView session={active.session} onCancel={closeImport} onUse={() => use(active.session.toDocument())} />}
    </ScreenDialog>
  );
}
