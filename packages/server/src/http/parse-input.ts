import type { z } from 'zod';
import { ApiError } from './api-error';

/**
 * Parses a body or query against a strict schema: unknown fields are refused (no `"role": "admin"`
 * at sign-up), and the first problem comes back as 400 with the field's path.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  const at = path || where;
  throw new ApiError('INKLESS_API_BAD_REQUEST', `${at}: ${issue.message}${keys}`, { path: path || undefined });
}
