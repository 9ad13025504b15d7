import type { z } from 'zod';
import { ApiError } from './api-error';
import { findInputProblem, type InputProblem } from './input-check';
import { isCheckedBody } from './json-body-parser';

/**
 * Parses a body or query against a strict schema: unknown fields are refused (no `"role": "admin"`
 * at sign-up), and the first problem comes back as 400 with the field's path. Before the schema,
 * the shared input rule (input-check.ts: no NUL, no lone surrogate, bounded depth) runs on every
 * input the JSON body parser has not checked already.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.output<S> {
  const problem = isCheckedBody(value) ? undefined : findInputProblem(value ?? {});
  if (problem) throw inputProblemError(problem, where);
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatPath(issue.path);
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  const at = path || where;
  throw new ApiError('INKLESS_API_BAD_REQUEST', `${at}: ${issue.message}${keys}`, { path: path || undefined });
}

/** A problem of the shared input rule as a 400 naming the field. */
export function inputProblemError(problem: InputProblem, where = 'body'): ApiError {
  return new ApiError('INKLESS_API_BAD_REQUEST', `${problem.path || where}: ${problem.message}`, { path: problem.path || undefined });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}
