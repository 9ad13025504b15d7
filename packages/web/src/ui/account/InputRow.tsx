import { useId, type InputHTMLAttributes } from 'react';

/** A labelled input for the account and privacy forms (the label is what screen readers read). */
export function InputRow({ label, hint, ...input }: { readonly label: string; readonly hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && <p id={`${id}-hint`} className="muted field-hint">{hint}</p>}
    </div>
  );
}
