import { bundledFamilies } from '@inkless/label';
import { useT } from '../../i18n/i18n';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { readField, type KindEditorProps } from './kind-editor';

const ALIGNS = ['left', 'center', 'right', 'justify'] as const;
const VERTICAL_ALIGNS = ['top', 'middle', 'bottom'] as const;

/** Text: the words (with {{fields}}), font, size, style, alignment and fitting. */
export function TextProperties({ element, update }: KindEditorProps) {
  const t = useT();
  const family = readField<string>(element, 'fontFamily');
  const families = bundledFamilies.map((f) => ({ value: f.family, label: f.family }));
  if (!families.some((f) => f.value === family)) families.unshift({ value: family, label: family });
  return (
    <>
      <TextField label={t('props.text')} multiline value={readField<string>(element, 'text')} hint={t('props.textHint')}
        onChange={(text, continuing) => update({ text }, continuing)} />
      <div className="field-row">
        <SelectField label={t('props.font')} value={family} options={families} onChange={(fontFamily) => update({ fontFamily })} />
        <NumberField label={t('props.fontSize')} value={readField<number>(element, 'fontSizePt')} step={0.5} min={2} max={400}
          onChange={(fontSizePt, continuing) => update({ fontSizePt }, continuing)} />
      </div>
      <div className="field-row">
        <CheckboxField label={t('props.bold')} checked={readField<boolean>(element, 'bold')} onChange={(bold) => update({ bold })} />
        <CheckboxField label={t('props.italic')} checked={readField<boolean>(element, 'italic')} onChange={(italic) => update({ italic })} />
      </div>
      <div className="field-row">
        <SelectField label={t('props.align')} value={readField<(typeof ALIGNS)[number]>(element, 'align')}
          options={ALIGNS.map((a) => ({ value: a, label: t(`option.${a}`) }))} onChange={(align) => update({ align })} />
        <SelectField label={t('props.verticalAlign')} value={readField<(typeof VERTICAL_ALIGNS)[number]>(element, 'verticalAlign')}
          options={VERTICAL_ALIGNS.map((a) => ({ value: a, label: t(`option.${a}`) }))} onChange={(verticalAlign) => update({ verticalAlign })} />
      </div>
      <div className="field-row">
        <CheckboxField label={t('props.wrap')} checked={readField<boolean>(element, 'wrap')} onChange={(wrap) => update({ wrap })} />
        <CheckboxField label={t('props.shrinkToFit')} checked={readField<boolean>(element, 'shrinkToFit')} onChange={(shrinkToFit) => update({ shrinkToFit })} />
      </div>
      <NumberField label={t('props.lineSpacing')} value={readField<number>(element, 'lineSpacing')} step={0.1} min={0.5} max={4}
        onChange={(lineSpacing, continuing) => update({ lineSpacing }, continuing)} />
    </>
  );
}
