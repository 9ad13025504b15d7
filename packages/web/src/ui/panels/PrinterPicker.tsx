import { checkLabelFitsProfile, findProfile, printerProfiles } from '@inkless/printers';
import { formatIssue } from '@inkless/label';
import { useT } from '../../i18n/i18n';
import { applyDocumentChange } from '../../studio/document-edit';
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
  const label = useEditorState((s) => s.doc.label);
  const profileId = useStudioState((s) => s.printerProfileId);
  const profile = findProfile(profileId);
  const misfit = profile ? checkLabelFitsProfile(label, profile) : [];
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
      {misfit.map((issue, i) => <p key={i} className="field-error" role="alert">{formatIssue(issue)}</p>)}
    </>
  );
}
