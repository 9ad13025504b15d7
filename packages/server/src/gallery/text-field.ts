import { z } from 'zod';
import { describeBadText } from '../http/input-check';

/**
 * A user-written text field: trimmed, bounded, and under the shared text rule of every request
 * (http/input-check.ts: no NUL, no lone surrogate), which the input check applies before the
 * schema; repeated here so the field stays safe wherever else the schema is used.
 */
export function textField(field: string, options: { min?: number; max: number }) {
  let schema = z.string({ error: `${field} must be text` }).trim();
  if (options.min !== undefined) schema = schema.min(options.min, { error: `${field} is empty: write something` });
  return schema
    .max(options.max, { error: `${field} is at most ${options.max} characters` })
    .refine((s) => describeBadText(s) === undefined, { error: `${field} contains a NUL or a broken character (a lone surrogate)` });
}
