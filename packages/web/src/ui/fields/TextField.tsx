import { useEffect, useState } from 'react';
import { Field } from './Field';
import { useEditSession } from './use-edit-session';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Applies a value; returns what is wrong with it, or undefined when it was applied. */
  readonly onChange: (value: string, continuing: boolean) => string | undefined;
  readonly multiline?: boolean;
  readonly hint?: string;
  /** A problem found elsewhere (the engine's barcode check), shown like an error. */
  readonly problem?: string | undefined;
  readonly maxLength?: number;
}

/** A text input that applies as you type, one undo step per focus, and shows why a value was refused. */
export function TextField({ label, value, onChange, multiline, hint, problem, maxLength }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const [focused, setFocused] = useState(false);
  const session = useEditSession();
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  const change = (next: string) => {
    setDraft(next);
    const problemText = onChange(next, session.continuing());
    if (problemText === undefined) session.changed();
    setError(problemText);
  };
  const focus = () => {
    session.end();
    setFocused(true);
  };
  const blur = () => {
    session.end();
    setFocused(false);
    setError(undefined);
    setDraft(value);
  };
  return (
    <Field label={label} error={error ?? problem} hint={hint}>
      {({ controlId, describedBy, invalid }) =>
        multiline ? (
          <textarea id={controlId} value={draft} rows={3} maxLength={maxLength} aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => change(e.target.value)} onFocus={focus} onBlur={blur} />
        ) : (
          <input id={controlId} type="text" value={draft} maxLength={maxLength} aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(e) => change(e.target.value)} onFocus={focus} onBlur={blur} />
        )
      }
    </Field>
  );
}
