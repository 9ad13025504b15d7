import { useState } from 'react';
import { Field } from './Field';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly SelectOption<V>[];
  readonly onChange: (value: V) => string | undefined;
  readonly hint?: string;
}

/** A labelled drop-down; each choice is its own undo step. */
export function SelectField<V extends string>({ label, value, options, onChange, hint }: SelectFieldProps<V>) {
  const [error, setError] = useState<string | undefined>();
  return (
    <Field label={label} error={error} hint={hint}>
      {({ controlId, describedBy, invalid }) => (
        <select id={controlId} value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => setError(onChange(e.target.value as V))}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}
