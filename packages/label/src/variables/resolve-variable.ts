import { formatDateVariable } from './format-date';
import { formatSerial } from './format-serial';
import type { VariableDef } from './variable-defs';

/** Everything that varies from one printed label to the next. */
export interface LabelInstance {
  /** The data row merged into this label (column name -> text). */
  readonly row?: Readonly<Record<string, string>>;
  /** 0-based index of the label (data row x quantity counts once) in the batch: serials "per label". */
  readonly labelIndex?: number;
  /** 0-based index of the physical piece printed, counting copies: serials "per copy". */
  readonly printIndex?: number;
  /** The clock, in ms since the epoch. Injected so tests and reprints are reproducible. */
  readonly nowMs?: number;
  /** Minutes to add to UTC for local wall-clock time (e.g. +60 for CET). */
  readonly tzOffsetMinutes?: number;
}

/**
 * A document variable first, then a column of the data row; undefined when neither exists.
 * Throws an InklessError when a serial cannot be printed (see formatSerial).
 */
export function resolveVariable(name: string, defs: Readonly<Record<string, VariableDef>>, instance: LabelInstance): string | undefined {
  const def = Object.hasOwn(defs, name) ? defs[name] : undefined;
  if (def) {
    switch (def.kind) {
      case 'date': return formatDateVariable(def, instance.nowMs ?? Date.now(), instance.tzOffsetMinutes ?? 0);
      case 'serial': return formatSerial(def, instance.labelIndex ?? 0, instance.printIndex ?? instance.labelIndex ?? 0, name);
      case 'text': return def.value;
      default: {
        const never: never = def;
        return never;
      }
    }
  }
  const row = instance.row;
  return row && Object.hasOwn(row, name) ? row[name] : undefined;
}
