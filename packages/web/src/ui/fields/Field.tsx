import { useId, type ReactNode } from 'react';

export interface FieldProps {
  readonly label: string;
  /** What is wrong with the value typed (shown under the control and read out by screen readers). */
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly children: (ids: { controlId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled control with its hint and its error underneath, wired for screen readers. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-control`}>{label}</label>
      {children({ controlId: `${id}-control`, describedBy, invalid: Boolean(error) })}
      {hint && <p className="field-hint" id={hintId}>{hint}</p>}
      {error && <p className="field-error" id={errorId} role="alert">{error}</p>}
    </div>
  );
}
