import type { DateVariable, SerialVariable, VariableDef } from '@inkless/label';
import type { ComponentType } from 'react';
import { useT } from '../../i18n/i18n';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { ScanButton } from '../scan/ScanButton';

/** What each variable kind's editor gets: its name, its definition and how to replace it. */
export interface VariableEditorProps<V extends VariableDef = VariableDef> {
  readonly name: string;
  readonly def: V;
  readonly update: (def: VariableDef, continuing: boolean) => string | undefined;
}

function DateVariableEditor({ name, def, update }: VariableEditorProps<DateVariable>) {
  const t = useT();
  return (
    <div className="field-row">
      <TextField label={t('variables.date', { name })} value={def.format} hint={t('variables.dateHint')} maxLength={100}
        onChange={(format, continuing) => update({ ...def, format }, continuing)} />
      <NumberField label={t('variables.offsetDays')} value={def.offset.days} step={1}
        onChange={(days, continuing) => update({ ...def, offset: { ...def.offset, days: days ?? 0 } }, continuing)} />
    </div>
  );
}

function SerialVariableEditor({ name, def, update }: VariableEditorProps<SerialVariable>) {
  const t = useT();
  return (
    <>
      <div className="field-row">
        <NumberField label={t('variables.serialStart', { name })} value={Number(def.start)} step={1} min={0} onChange={(start, c) => update({ ...def, start: start ?? 0 }, c)} />
        <NumberField label={t('variables.serialStep')} value={def.step} step={1} onChange={(step, c) => update({ ...def, step: step ?? 1 }, c)} />
        <NumberField label={t('variables.serialPad')} value={def.padTo} step={1} min={0} max={30} onChange={(padTo, c) => update({ ...def, padTo: padTo ?? 0 }, c)} />
      </div>
      <div className="field-row">
        <TextField label={t('variables.prefix')} value={def.prefix} maxLength={100} onChange={(prefix, c) => update({ ...def, prefix }, c)} />
        <TextField label={t('variables.suffix')} value={def.suffix} maxLength={100} onChange={(suffix, c) => update({ ...def, suffix }, c)} />
      </div>
    </>
  );
}

function TextVariableEditor({ name, def, update }: VariableEditorProps<Extract<VariableDef, { kind: 'text' }>>) {
  const t = useT();
  return (
    <div className="field-row">
      <TextField label={t('variables.textValue', { name })} value={def.value} onChange={(value, c) => update({ ...def, value }, c)} />
      <ScanButton field={name} onScanned={(value) => update({ ...def, value }, false)} />
    </div>
  );
}

/** One editor per variable kind; the variables panel never asks which kind it shows. */
export const variableEditors: { readonly [K in VariableDef['kind']]: ComponentType<VariableEditorProps<Extract<VariableDef, { kind: K }>>> } = {
  date: DateVariableEditor,
  serial: SerialVariableEditor,
  text: TextVariableEditor,
};
