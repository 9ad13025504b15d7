import { useT } from '../../i18n/i18n';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { readField, type KindEditorProps } from './kind-editor';

/** Ellipse: outline and fill. */
export function EllipseProperties({ element, update }: KindEditorProps) {
  const t = useT();
  return (
    <>
      <NumberField label={t('props.stroke')} value={readField<number>(element, 'strokeMm')} step={0.1} min={0}
        onChange={(strokeMm, continuing) => update({ strokeMm }, continuing)} />
      <CheckboxField label={t('props.fill')} checked={readField<boolean>(element, 'fill')} onChange={(fill) => update({ fill })} />
    </>
  );
}
