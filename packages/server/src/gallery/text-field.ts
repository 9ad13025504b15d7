import { z } from 'zod';

/**
 * A user-written text field: trimmed, bounded, and free of NUL characters (PostgreSQL text cannot
 * hold them; refused with the field's path instead of failing on insert).
 */
export function textField(field: string, options: { min?: number; max: number }) {
  let schema = z.string({ error: `${field} must be text` }).trim();
  if (options.min !== undefined) schema = schema.min(options.min, { error: `${field} is empty: write something` });
  return schema
    .max(options.max, { error: `${field} is at most ${options.max} characters` })
    .refine((s) => !s.includes('\u0000'), { error: `${field} contains a NUL character` });
}
