import { useT } from '../../i18n/i18n';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { readField, type KindEditorProps } from './kind-editor';

/** Rectangle: outline, fill and rounded corners. */
export function RectProperties({ element, update }: KindEditorProps) {
  const t = useT();
  return (
    <>
      <div className="field-row">
        <NumberField label={t('props.stroke')} value={readField<number>(element, 'strokeMm')} step={0.1} min={0}
          onChange={(strokeMm, continuing) => update({ strokeMm }, continuing)} />
        <NumberField label={t('props.cornerRadius')} value={readField<number>(element, 'cornerRadiusMm')} step={0.5} min={0}
          onChange={(cornerRadiusMm, continuing) => update({ cornerRadiusMm }, continuing)} />
      </div>
      <CheckboxField label={t('props.fill')} checked={readField<boolean>(element, 'fill')} onChange={(fill) => update({ fill })} />
    </>
  );
}
