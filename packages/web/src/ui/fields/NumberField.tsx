import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { Field } from './Field';
import { useEditSession } from './use-edit-session';

export interface NumberFieldProps {
  readonly label: string;
  /** undefined shows an empty field (an optional value left to its automatic default). */
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined, continuing: boolean) => string | undefined;
  readonly step?: number;
  readonly min?: number;
  readonly max?: number;
  /** Whether an empty field is a value (undefined): "automatic". */
  readonly optional?: boolean;
  readonly hint?: string;
}

/** Shows numbers without float noise: 12.300000000000001 is shown as 12.3. */
function formatNumber(value: number | undefined): string {
  return value === undefined ? '' : String(Math.round(value * 10_000) / 10_000);
}

/** A number input that applies valid numbers as you type and explains the rest. */
export function NumberField({ label, value, onChange, step = 0.1, min, max, optional, hint }: NumberFieldProps) {
  const t = useT();
  const [draft, setDraft] = useState(formatNumber(value));
  const [error, setError] = useState<string | undefined>();
  const [focused, setFocused] = useState(false);
  const session = useEditSession();
  useEffect(() => {
    if (!focused) setDraft(formatNumber(value));
  }, [value, focused]);
  const change = (text: string) => {
    setDraft(text);
    const trimmed = text.trim();
    if (trimmed === '' && !optional) return setError(t('field.number'));
    const n = trimmed === '' ? undefined : Number(trimmed);
    if (n !== undefined && !Number.isFinite(n)) return setError(t('field.number'));
    const problem = onChange(n, session.continuing());
    if (problem === undefined) session.changed();
    setError(problem);
  };
  return (
    <Field label={label} error={error} hint={hint}>
      {({ controlId, describedBy, invalid }) => (
        <input id={controlId} type="number" inputMode="decimal" value={draft} step={step} min={min} max={max}
          aria-invalid={invalid} aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
          onFocus={() => { session.end(); setFocused(true); }}
          onBlur={() => { session.end(); setFocused(false); setError(undefined); setDraft(formatNumber(value)); }} />
      )}
    </Field>
  );
}
