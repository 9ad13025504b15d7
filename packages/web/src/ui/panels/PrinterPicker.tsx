import { findProfile, printerProfiles } from '@inkless/printers';
import { useMemo, useSyncExternalStore } from 'react';
import { languageStore, useT } from '../../i18n/i18n';
import { applyDocumentChange } from '../../studio/document-edit';
import { issueText } from '../../studio/issue-text';
import { collectProblems } from '../../studio/problems';
import { SelectField } from '../fields/SelectField';
import { useEditorState, useStudio, useStudioState } from '../use-studio';

/**
 * The printer the label is designed for (a profile of @inkless/printers). Choosing one sets the
 * label's dpi to the printer's, since a label drawn at another dpi would print at the wrong size;
 * whether the label fits the printer is shown underneath.
 */
export function PrinterPicker() {
  const t = useT();
  const { editor, state } = useStudio();
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.getState);
  const doc = useEditorState((s) => s.doc);
  const report = useStudioState((s) => s.report);
  const profileId = useStudioState((s) => s.printerProfileId);
  const profile = findProfile(profileId);
  // The same problems the status bar counts: this panel shows the printer's.
  const misfit = useMemo(() => collectProblems(doc, report, profile).filter((p) => p.source === 'printer'), [doc, report, profile]);
  const choose = (id: string) => {
    const next = findProfile(id);
    state.setState((s) => ({ ...s, printerProfileId: id }));
    if (next && next.dpi !== editor.store.getState().doc.label.dpi) {
      return applyDocumentChange(editor, (doc) => ({ ...doc, label: { ...doc.label, dpi: next.dpi } }));
    }
    return undefined;
  };
  return (
    <>
      <SelectField label={t('setup.printer')} value={profileId} options={printerProfiles.map((p) => ({ value: p.id, label: p.name }))} onChange={choose} />
      {profile && misfit.length === 0 && <p className="field-hint">{t('setup.printerFits')}</p>}
      {misfit.map(({ issue }, i) => {
        const described = issueText(issue, doc, language);
        return <p key={i} className="field-error" role="alert" title={described.details}>{described.text}</p>;
      })}
    </>
  );
}
