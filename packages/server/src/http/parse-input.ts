import type { z } from 'zod';
import { ApiError } from './api-error';

/**
 * Parses a body or query against a strict schema: unknown fields are refused (no `"role": "admin"`
 * at sign-up), and the first problem comes back as 400 with the field's path. Text with a NUL
 * character is refused too: PostgreSQL cannot store it, in text or in jsonb.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.output<S> {
  const nul = findNulString(value ?? {}, '');
  if (nul !== undefined) throw new ApiError('INKLESS_API_BAD_REQUEST', `${nul || where}: text may not contain the NUL character (\\u0000)`, { path: nul || undefined });
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatPath(issue.path);
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  const at = path || where;
  throw new ApiError('INKLESS_API_BAD_REQUEST', `${at}: ${issue.message}${keys}`, { path: path || undefined });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** The path of the first string (or key) holding U+0000, or undefined. Depth is bounded by the body parser's limits. */
function findNulString(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulString(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return at;
      const found = findNulString(child, at);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
