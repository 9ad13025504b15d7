import { Field } from './Field';
import { useEditSession } from './use-edit-session';

export interface RangeFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly onChange: (value: number, continuing: boolean) => string | undefined;
}

/** A slider with its value shown; sliding is one undo step, the preview follows live. */
export function RangeField({ label, value, min, max, step = 1, onChange }: RangeFieldProps) {
  const session = useEditSession();
  return (
    <Field label={`${label}: ${value}`}>
      {({ controlId, describedBy }) => (
        <input id={controlId} type="range" min={min} max={max} step={step} value={value} aria-describedby={describedBy}
          onChange={(e) => {
            if (onChange(Number(e.target.value), session.continuing()) === undefined) session.changed();
          }}
          onFocus={session.end} onBlur={session.end} onPointerDown={session.end} />
      )}
    </Field>
  );
}
