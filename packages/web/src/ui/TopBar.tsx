import { useT } from '../i18n/i18n';
import { applyDocumentChange } from '../studio/document-edit';
import { SyncStatus } from './account/SyncStatus';
import { DownloadMenu } from './DownloadMenu';
import { TextField } from './fields/TextField';
import { LanguageSelect } from './LanguageSelect';
import { LabelFileButtons } from './start/LabelFileButtons';
import { useEditorState, useStudio, useStudioState } from './use-studio';

/** The studio's name, the label's name and whether it is saved, new/open/save, downloads and the language. */
export function TopBar() {
  const t = useT();
  const { editor } = useStudio();
  const name = useEditorState((s) => s.doc.name ?? '');
  const saveStatus = useStudioState((s) => s.saveStatus);
  const saveError = useStudioState((s) => s.saveError);
  return (
    <header className="top-bar">
      <h1>{t('app.title')}</h1>
      <div className="label-name">
        <TextField label={t('labels.name')} value={name} maxLength={200}
          onChange={(next, continuing) => applyDocumentChange(editor, (doc) => ({ ...doc, name: next }), continuing)} />
      </div>
      <p className={`save-status ${saveStatus}`} role="status" aria-live="polite" data-testid="save-status">
        {saveError ? t('labels.storageFailed', { message: saveError }) : t(`labels.${saveStatus}`)}
      </p>
      <SyncStatus />
      <div className="top-actions">
        <LabelFileButtons />
        <DownloadMenu />
        <LanguageSelect />
      </div>
    </header>
  );
}
