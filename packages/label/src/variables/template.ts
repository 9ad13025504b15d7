/** A string split into literal text and `{{name}}` placeholders, parsed once per document. */
export type TemplatePart = string | { readonly name: string };

export interface Template {
  readonly parts: readonly TemplatePart[];
  /** Names used, in order of first appearance. */
  readonly names: readonly string[];
}

export type TemplateParse = { ok: true; template: Template } | { ok: false; message: string };

/**
 * Parses `Best before {{ bestBefore }}`. Names may contain spaces (CSV headers do) but not braces.
 * `{{` without a closing `}}`, or an empty name, is an error naming the character position.
 */
export function parseTemplate(text: string): TemplateParse {
  const parts: TemplatePart[] = [];
  const names: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    if (open < 0) {
      parts.push(text.slice(pos));
      break;
    }
    if (open > pos) parts.push(text.slice(pos, open));
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return { ok: false, message: `"{{" at character ${open + 1} has no closing "}}"` };
    const name = text.slice(open + 2, close).trim();
    if (name === '' || name.includes('{') || name.includes('}')) {
      return { ok: false, message: `"{{${text.slice(open + 2, close)}}}" at character ${open + 1} is not a valid field name` };
    }
    parts.push({ name });
    if (!names.includes(name)) names.push(name);
    pos = close + 2;
  }
  return { ok: true, template: { parts, names } };
}

/** Fills a template; `lookup` returns undefined for unknown names, which are reported by the caller. */
export function fillTemplate(template: Template, lookup: (name: string) => string | undefined): { text: string; missing: string[] } {
  let text = '';
  const missing: string[] = [];
  for (const part of template.parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = lookup(part.name);
    if (value === undefined) missing.push(part.name);
    else text += value;
  }
  return { text, missing };
}
