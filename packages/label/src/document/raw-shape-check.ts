import type { Issue } from '../errors/issue';
import { documentLimits } from './limits';

/**
 * Walks the raw value without recursion and refuses absurd shapes (deep nesting, huge trees,
 * too many elements) before any schema work, so validation time and memory stay bounded.
 */
export function checkRawShape(input: unknown): Issue[] {
  const elements = (input as { elements?: unknown }).elements;
  if (Array.isArray(elements) && elements.length > documentLimits.maxElements) {
    return [{ code: 'INKLESS_DOC_TOO_LARGE', path: 'elements', message: `a label may have at most ${documentLimits.maxElements} elements, this one has ${elements.length}` }];
  }
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    nodes++;
    if (nodes > documentLimits.maxNodes) {
      return [{ code: 'INKLESS_DOC_TOO_LARGE', path: '', message: `the document has more than ${documentLimits.maxNodes} values` }];
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > documentLimits.maxDepth) {
      return [{ code: 'INKLESS_DOC_TOO_LARGE', path: '', message: `the document is nested more than ${documentLimits.maxDepth} levels deep` }];
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return [];
}
