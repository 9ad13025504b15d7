/**
 * How deep a request body or query may nest. A label document nests at most 32 levels
 * (@inkless/label's limits) and the widest body wraps it in a few more; deeper JSON is an attack.
 */
export const MAX_INPUT_DEPTH = 64;

/** What is wrong with a request's input, and where (`rows[3].name`; '' for the whole of it). */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The one rule for text in every request: no NUL (PostgreSQL cannot store it) and no lone UTF-16
 * surrogate (not text at all: jsonb refuses it, text columns would turn it into U+FFFD), in values
 * and in keys; no nesting beyond MAX_INPUT_DEPTH; no `__proto__` key (prototype poisoning).
 * Iterative, so no input can exhaust the stack; stops at the first problem.
 */
export function findInputProblem(input: unknown): InputProblem | undefined {
  const top = describeValue(input, '');
  if (top !== 'container') return top;
  const stack: { value: object; path: string; depth: number }[] = [{ value: input as object, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth >= MAX_INPUT_DEPTH) return { path, message: `nested more than ${MAX_INPUT_DEPTH} levels deep` };
    // Strings are checked at once (no path is built for the millions that are fine); containers go
    // on the stack in reverse, so the first problem in reading order is the one reported.
    const children: { value: object; path: string; depth: number }[] = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = describeValue(value[i], () => `${path}[${i}]`);
        if (found === 'container') children.push({ value: value[i] as object, path: `${path}[${i}]`, depth: depth + 1 });
        else if (found) return found;
      }
    } else {
      for (const key of Object.keys(value)) {
        const at = () => (path ? `${path}.${key}` : key);
        if (key === '__proto__') return { path: at(), message: '"__proto__" is not a field name' };
        const badKey = describeBadText(key);
        if (badKey) return { path: at(), message: `a field name may not contain ${badKey}` };
        const child = (value as Record<string, unknown>)[key];
        const found = describeValue(child, at);
        if (found === 'container') children.push({ value: child as object, path: at(), depth: depth + 1 });
        else if (found) return found;
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}

/** A string's problem (with its path), 'container' for arrays and objects, undefined when fine. */
function describeValue(value: unknown, path: string | (() => string)): InputProblem | 'container' | undefined {
  if (typeof value === 'string') {
    const problem = describeBadText(value);
    return problem ? { path: typeof path === 'string' ? path : path(), message: `text may not contain ${problem}` } : undefined;
  }
  return value !== null && typeof value === 'object' ? 'container' : undefined;
}

/** A lone surrogate: a high one not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What makes `text` unacceptable under the shared rule (a NUL, a lone surrogate), or undefined. */
export function describeBadText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'a lone UTF-16 surrogate (a broken character, e.g. \\ud800 without its pair)';
  return undefined;
}
