import { validateDocument, type LabelDocument } from '@inkless/label';
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import type { ImportProblem } from '../../import/import-problem';
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
  const [refused, setRefused] = useState<ImportProblem | undefined>();
  const use = (doc: LabelDocument | undefined, printerProfileId?: string) => {
    if (!doc) return;
    // Validated as a label file is: the engine fills in every default the studio relies on (margins, ...).
    const valid = validateDocument(doc);
    if (!valid.ok) return setRefused({ code: valid.issues[0]?.code ?? 'INKLESS_WEB_IMPORT_FAILED', message: valid.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
    closeImport();
    void studio.openDocument(valid.value, printerProfileId ? { printerProfileId } : {});
  };
  return (
    <ScreenDialog id="import" title={t('import.title', { fileName: active.fileName })} onClose={closeImport}>
      {active.kind === 'opening' && <p role="status" data-testid="import-opening">{t('import.opening', { fileName: active.fileName })}</p>}
      {active.kind === 'failed' && <ImportProblemView problem={active.problem} />}
      {refused && <ImportProblemView problem={refused} />}
      {active.kind === 'page' && (
        <PageImportView session={active.session} onCancel={closeImport} onUse={() => use(active.session.toDocument(), active.session.store.getState().options.profileId)} />
      )}
      {active.kind === 'zpl' && <ZplImportView session={active.session} onCancel={closeImport} onUse={() => use(active.session.toDocument())} />}
    </ScreenDialog>
  );
}
