import { useT } from '../../i18n/i18n';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { type KindEditorProps } from './kind-editor';

const ROTATIONS = ['0', '90', '180', '270'] as const;

/** Fields every element has: its name, box, rotation and white-on-black. */
export function CommonProperties({ element, update }: KindEditorProps) {
  const t = useT();
  return (
    <>
      <TextField label={t('props.name')} value={element.name ?? ''} maxLength={200}
        onChange={(name, continuing) => update({ name: name === '' ? undefined : name }, continuing)} />
      <div className="field-row">
        <NumberField label={t('props.x')} value={element.xMm} onChange={(xMm, continuing) => update({ xMm }, continuing)} />
        <NumberField label={t('props.y')} value={element.yMm} onChange={(yMm, continuing) => update({ yMm }, continuing)} />
      </div>
      <div className="field-row">
        <NumberField label={t('props.width')} value={element.widthMm} min={0.1} onChange={(widthMm, continuing) => update({ widthMm }, continuing)} />
        <NumberField label={t('props.height')} value={element.heightMm} min={0.1} onChange={(heightMm, continuing) => update({ heightMm }, continuing)} />
      </div>
      <div className="field-row">
        <SelectField label={t('props.rotation')} value={String(element.rotation) as (typeof ROTATIONS)[number]}
          options={ROTATIONS.map((r) => ({ value: r, label: `${r}°` }))} onChange={(r) => update({ rotation: Number(r) })} />
        <CheckboxField label={t('props.inverse')} checked={element.inverse} onChange={(inverse) => update({ inverse })} />
      </div>
    </>
  );
}
