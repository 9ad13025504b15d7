import { useT } from '../../i18n/i18n';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { readField, type KindEditorProps } from './kind-editor';

const DIRECTIONS = ['horizontal', 'vertical', 'down', 'up'] as const;

/** Line: its direction in the box and its thickness. */
export function LineProperties({ element, update }: KindEditorProps) {
  const t = useT();
  return (
    <>
      <SelectField label={t('props.direction')} value={readField<(typeof DIRECTIONS)[number]>(element, 'direction')}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`option.${d}`) }))} onChange={(direction) => update({ direction })} />
      <NumberField label={t('props.thickness')} value={readField<number>(element, 'thicknessMm')} step={0.1} min={0.1}
        onChange={(thicknessMm, continuing) => update({ thicknessMm }, continuing)} />
    </>
  );
}
