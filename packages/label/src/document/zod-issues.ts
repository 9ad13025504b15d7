import type { z } from 'zod';
import { joinPath, type Issue } from '../errors/issue';

/**
 * Parses with a zod schema and turns its issues into Inkless issues under `basePath`. zod leaves
 * the offending value out of its issues unless asked (`reportInput`); without it a field of the
 * wrong type looks like a missing one, so every document parse goes through here.
 */
export function parseWithIssues<S extends z.ZodType>(schema: S, value: unknown, basePath: string): { ok: true; value: z.output<S> } | { ok: false; issues: Issue[] } {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: fromZodIssues(parsed.error.issues, basePath) };
}

/** Turns zod's issues into Inkless issues with user-readable paths (`elements[3].data`). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], basePath: string): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = issue.path.reduce<string>((acc, key) => joinPath(acc, typeof key === 'number' ? key : String(key)), basePath);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ code: 'INKLESS_DOC_UNKNOWN_FIELD', path: joinPath(path, key), message: `unknown field "${key}"` });
      }
      continue;
    }
    out.push({ code: 'INKLESS_DOC_INVALID', path, message: describeZodIssue(issue) });
  }
  return out;
}

/** What a field of each expected zod type must be, in the words of the docs. */
const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  string: 'text',
  array: 'a list [...]',
  object: 'an object {...}',
  record: 'an object {...}',
};

/** zod's own messages start like this; a schema's custom message (`fontSizePt must be ...`) does not. */
const ZOD_DEFAULT_MESSAGE = /^Invalid (input|option)/;

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    const rule = ZOD_DEFAULT_MESSAGE.test(issue.message) ? `must be ${EXPECTED[issue.expected] ?? issue.expected}` : issue.message;
    return `${rule}, not ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 0 && !issue.message.includes('must')) {
    const rule = issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    return issue.input === undefined ? rule : `${rule}, not ${describeValue(issue.input)}`;
  }
  return issue.message;
}

/** The value a user wrote, named by its JSON type and shown when short: `the text "16"`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}...` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}
