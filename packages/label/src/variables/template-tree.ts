import { fillTemplate, parseTemplate, type Template } from './template';

/**
 * Templated fields hold a string, or lists of strings (a table's rows of cells). A tree keeps the
 * parsed template of every string at its place, so one mechanism serves every element kind.
 */
export type TemplateTree = Template | readonly TemplateTree[];

export type TreeParse = { ok: true; tree: TemplateTree; names: string[] } | { ok: false; message: string; where: string };

/** Parses every string in a value of strings and (nested) arrays; other values are not templated. */
export function parseTemplateTree(value: unknown, where = ''): TreeParse | undefined {
  if (typeof value === 'string') {
    const parsed = parseTemplate(value);
    return parsed.ok ? { ok: true, tree: parsed.template, names: [...parsed.template.names] } : { ok: false, message: parsed.message, where };
  }
  if (!Array.isArray(value)) return undefined;
  const trees: TemplateTree[] = [];
  const names = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const child = parseTemplateTree(value[i], `${where}[${i}]`);
    if (!child) return undefined;
    if (!child.ok) return child;
    trees.push(child.tree);
    for (const n of child.names) names.add(n);
  }
  return { ok: true, tree: trees, names: [...names] };
}

function isTemplate(tree: TemplateTree): tree is Template {
  return !Array.isArray(tree);
}

/** Fills every template of the tree; `missing` lists unknown names once each. */
export function fillTemplateTree(tree: TemplateTree, lookup: (name: string) => string | undefined): { value: unknown; missing: string[] } {
  if (isTemplate(tree)) {
    const { text, missing } = fillTemplate(tree, lookup);
    return { value: text, missing };
  }
  const missing = new Set<string>();
  const value = tree.map((child) => {
    const filled = fillTemplateTree(child, lookup);
    for (const m of filled.missing) missing.add(m);
    return filled.value;
  });
  return { value, missing: [...missing] };
}
