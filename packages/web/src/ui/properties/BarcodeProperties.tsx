import { useMemo, useSyncExternalStore } from 'react';
import { languageStore, useT } from '../../i18n/i18n';
import { findBarcodeIssue } from '../../studio/barcode-check';
import { issueText } from '../../studio/issue-text';
import { QR_SYMBOLOGIES, showsTextByDefault, symbologyChoices } from '../../studio/symbologies';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useEditorState, useStudioState } from '../use-studio';
import { readField, type KindEditorProps } from './kind-editor';

const ERROR_LEVELS = ['L', 'M', 'Q', 'H'] as const;
const ALIGNS = ['left', 'center', 'right'] as const;

/**
 * Barcodes and 2D codes: symbology, payload (checked live by the engine's validateBarcode, the
 * problem shown under the field), text, module width and the symbology's own options.
 */
export function BarcodeProperties({ element, update }: KindEditorProps) {
  const t = useT();
  const sampleRow = useStudioState((s) => s.sampleRow);
  const variables = useEditorState((s) => s.doc.variables);
  const doc = useEditorState((s) => s.doc);
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.getState);
  const { symbology: sym, data, qrErrorLevel, checkDigit, options: extra } = element;
  // Encoding is the costly part: only again when the payload changes, not on every move.
  const issue = useMemo(
    () => findBarcodeIssue({ symbology: sym, data, qrErrorLevel, checkDigit, options: extra }, variables, sampleRow),
    [sym, data, qrErrorLevel, checkDigit, extra, variables, sampleRow],
  );
  // In words, naming the element; the engine's own message is on the details line.
  const index = doc.elements.findIndex((el) => el.id === element.id);
  const described = issue ? issueText({ ...issue, path: `elements[${index}].${issue.path.replace(/^\./, '') || 'data'}` }, doc, language) : undefined;
  const symbology = readField<string>(element, 'symbology');
  const options = symbologyChoices.map((s) => ({ value: s.id, label: s.label }));
  if (!options.some((o) => o.value === symbology)) options.unshift({ value: symbology, label: symbology });
  const showText = readField<boolean | undefined>(element, 'showText') ?? showsTextByDefault(symbology);
  const linear = showsTextByDefault(symbology);
  return (
    <>
      <SelectField label={t('props.symbology')} value={symbology} options={options} onChange={(next) => update({ symbology: next })} />
      <TextField label={t('props.data')} value={readField<string>(element, 'data')} maxLength={4000}
        problem={described?.text} onChange={(data, continuing) => update({ data }, continuing)} />
      {described && (
        <details className="issue-details">
          <summary>{t('issues.details')}</summary>
          <code>{described.details}</code>
        </details>
      )}
      {QR_SYMBOLOGIES.has(symbology) && (
        <SelectField label={t('props.errorLevel')} value={readField<(typeof ERROR_LEVELS)[number]>(element, 'qrErrorLevel')}
          options={ERROR_LEVELS.map((l) => ({ value: l, label: l }))} onChange={(qrErrorLevel) => update({ qrErrorLevel })} />
      )}
      {symbology === 'code39' && (
        <CheckboxField label={t('props.checkDigit')} checked={readField<boolean>(element, 'checkDigit')} onChange={(checkDigit) => update({ checkDigit })} />
      )}
      <div className="field-row">
        <NumberField label={t('props.moduleDots')} value={readField<number | undefined>(element, 'moduleDots')} step={1} min={1} max={20} optional
          onChange={(moduleDots, continuing) => update({ moduleDots }, continuing)} />
        <SelectField label={t('props.align')} value={readField<(typeof ALIGNS)[number]>(element, 'align')}
          options={ALIGNS.map((a) => ({ value: a, label: t(`option.${a}`) }))} onChange={(align) => update({ align })} />
      </div>
      {linear && (
        <div className="field-row">
          <CheckboxField label={t('props.showText')} checked={showText} onChange={(next) => update({ showText: next })} />
          <NumberField label={t('props.textSize')} value={readField<number>(element, 'textSizePt')} step={0.5} min={4} max={72}
            onChange={(textSizePt, continuing) => update({ textSizePt }, continuing)} />
        </div>
      )}
    </>
  );
}
