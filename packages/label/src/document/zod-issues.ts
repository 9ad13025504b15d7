import type { z } from 'zod';
import { joinPath, type Issue } from '../errors/issue';

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

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_value' && issue.values.length > 0 && !issue.message.includes('must')) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}
